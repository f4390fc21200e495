// @vitest-environment jsdom
import { afterEach, beforeEach, expect, test, vi } from 'vitest';
import { afterNextPaint, unpaintedAfterMs } from './after-paint.ts';

beforeEach(() => vi.useFakeTimers({ toFake: ['setTimeout', 'clearTimeout', 'requestAnimationFrame', 'cancelAnimationFrame', 'requestIdleCallback', 'cancelIdleCallback'] }));
afterEach(() => vi.useRealTimers());

test('work waits for the paint, then runs once', () => {
  const work = vi.fn();
  afterNextPaint(work);
  expect(work).not.toHaveBeenCalled();
  vi.advanceTimersToNextFrame();
  vi.advanceTimersByTime(unpaintedAfterMs * 2);
  expect(work).toHaveBeenCalledTimes(1);
});

test('in a tab that paints nothing (in the background) the work is still done, once', () => {
  vi.stubGlobal('requestAnimationFrame', () => 0);
  try {
    const work = vi.fn();
    afterNextPaint(work);
    vi.advanceTimersByTime(unpaintedAfterMs - 1);
    expect(work).not.toHaveBeenCalled();
    vi.advanceTimersByTime(1);
    expect(work).toHaveBeenCalledTimes(1);
  } finally {
    vi.unstubAllGlobals();
  }
});

test('cancelled work never runs, painted or not', () => {
  const work = vi.fn();
  afterNextPaint(work)();
  vi.advanceTimersToNextFrame();
  vi.advanceTimersByTime(unpaintedAfterMs * 2);
  expect(work).not.toHaveBeenCalled();
});
