import { describe, expect, it } from 'vitest';
import { hasPassed } from './completion-day.ts';

describe('a completion day or moment', () => {
  // 10:48 UTC on 7 December: already 8 December where the day starts first (UTC+14), nowhere yet the 9th.
  const now = Date.UTC(2026, 11, 7, 10, 48);

  it('may be today anywhere on Earth', () => {
    expect(hasPassed('2026-12-07', now)).toBe(true);
    expect(hasPassed('2026-12-08', now)).toBe(true);
    expect(hasPassed('2026-12-08T00:30:00+14:00', now)).toBe(true);
    expect(hasPassed('2026-11-22T10:30:00+01:00', now)).toBe(true);
  });

  it('may be a moment a few minutes ahead of this clock, no more', () => {
    expect(hasPassed('2026-12-07T10:50:00Z', now)).toBe(true);
    expect(hasPassed('2026-12-08T09:00:00Z', now)).toBe(false);
  });

  it('may not be a day that has not started anywhere', () => {
    expect(hasPassed('2026-12-09', now)).toBe(false);
    expect(hasPassed('2026-12-09T00:30:00+14:00', now)).toBe(false);
    expect(hasPassed('2999-01-01', now)).toBe(false);
  });
});
