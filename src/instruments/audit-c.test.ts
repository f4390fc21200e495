import { describe, expect, it } from 'vitest';
import { scoreAuditC } from './audit-c.ts';

describe('AUDIT-C scoring (Bush 1998; CLINICAL.md 3.5)', () => {
  it('adds the published points of the three items, 0 to 12', () => {
    expect(scoreAuditC({ auditFrequency: 'fourOrMoreTimesAWeek', auditTypicalDrinks: 'tenOrMore', auditSixOrMore: 'dailyOrAlmostDaily', sexAtBirth: 'male' })?.total).toBe(12);
    expect(scoreAuditC({ auditFrequency: 'twoToFourTimesAMonth', auditTypicalDrinks: 'threeOrFour', auditSixOrMore: 'lessThanMonthly', sexAtBirth: 'male' })?.total).toBe(4);
  });

  it('scores 0 for someone who never drinks, without asking the other two items', () => {
    expect(scoreAuditC({ auditFrequency: 'never', sexAtBirth: 'female' })).toEqual({
      total: 0, threshold: 3, thresholdBasis: 'female', atOrAboveThreshold: false,
    });
  });

  it('uses the sex-specific threshold: 4 or more for men, 3 or more for women', () => {
    const three = { auditFrequency: 'twoToThreeTimesAWeek', auditTypicalDrinks: 'oneOrTwo', auditSixOrMore: 'never' } as const;
    expect(scoreAuditC({ ...three, sexAtBirth: 'male' })?.atOrAboveThreshold).toBe(false);
    expect(scoreAuditC({ ...three, sexAtBirth: 'female' })?.atOrAboveThreshold).toBe(true);
  });

  it('uses the lower threshold when sex at birth was not given as male or female', () => {
    const three = { auditFrequency: 'twoToThreeTimesAWeek', auditTypicalDrinks: 'oneOrTwo', auditSixOrMore: 'never' } as const;
    expect(scoreAuditC({ ...three, sexAtBirth: 'preferNotToSay' })).toMatchObject({ threshold: 3, thresholdBasis: 'unspecified', atOrAboveThreshold: true });
  });

  it('gives no score until the items that apply are answered', () => {
    expect(scoreAuditC({})).toBeUndefined();
    expect(scoreAuditC({ auditFrequency: 'monthlyOrLess' })).toBeUndefined();
  });
});
