// @vitest-environment jsdom
import { userEvent } from '@testing-library/user-event';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { onTripleShift } from './triple-shift.ts';

describe('Shift pressed three times', () => {
  const leave = vi.fn();
  let stop: () => void;
  beforeEach(() => {
    leave.mockClear();
    stop = onTripleShift(window, leave);
  });
  afterEach(() => stop());

  it('leaves when Shift is pressed on its own three times', async () => {
    const user = userEvent.setup();
    await user.keyboard('{Shift}{Shift}');
    expect(leave).not.toHaveBeenCalled();
    await user.keyboard('{Shift}');
    expect(leave).toHaveBeenCalledOnce();
  });

  it('does not leave for Shift held with other keys: moving back with Shift+Tab, or typing capitals', async () => {
    const user = userEvent.setup();
    await user.keyboard('{Shift>}{Tab}{/Shift}{Shift>}{Tab}{/Shift}{Shift>}{Tab}{/Shift}');
    await user.keyboard('{Shift>}A{/Shift}na {Shift>}R{/Shift}uiz {Shift>}M{/Shift}.{Shift>}D{/Shift}');
    expect(leave).not.toHaveBeenCalled();
  });

  it('counts again from the start after any other key', async () => {
    const user = userEvent.setup();
    await user.keyboard('{Shift}{Shift}a{Shift}{Shift}');
    expect(leave).not.toHaveBeenCalled();
    await user.keyboard('{Shift}');
    expect(leave).toHaveBeenCalledOnce();
  });

  it('does not leave for presses spread over more than five seconds', async () => {
    vi.useFakeTimers({ toFake: ['Date'] });
    try {
      const user = userEvent.setup();
      await user.keyboard('{Shift}{Shift}');
      vi.setSystemTime(Date.now() + 5_001);
      await user.keyboard('{Shift}');
      expect(leave).not.toHaveBeenCalled();
      await user.keyboard('{Shift}');
      expect(leave).not.toHaveBeenCalled();
      await user.keyboard('{Shift}');
      expect(leave).toHaveBeenCalledOnce();
    } finally {
      vi.useRealTimers();
    }
  });

  it('stops listening when asked', async () => {
    stop();
    await userEvent.setup().keyboard('{Shift}{Shift}{Shift}');
    expect(leave).not.toHaveBeenCalled();
  });
});
