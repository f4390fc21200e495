import { describe, expect, it } from 'vitest';
import { scoreTaps1 } from './taps1.ts';

describe('TAPS-1', () => {
  it('is positive for each item answered with anything but "never"', () => {
    expect(scoreTaps1({ tapsTobacco: 'never', tapsHeavyDrinking: 'lessThanMonthly', tapsIllegalDrugs: 'never', tapsPrescriptionMisuse: 'dailyOrAlmostDaily' })).toEqual({
      positive: ['tapsHeavyDrinking', 'tapsPrescriptionMisuse'],
    });
  });
  it('has no result until all four items are answered', () => {
    expect(scoreTaps1({ tapsTobacco: 'never' })).toBeUndefined();
  });
});
