import type { Answers } from '#src/questionnaire/fields.ts';

export const auditFrequencyPoints = {
  never: 0,
  monthlyOrLess: 1,
  twoToFourTimesAMonth: 2,
  twoToThreeTimesAWeek: 3,
  fourOrMoreTimesAWeek: 4,
} as const;

export const auditTypicalDrinksPoints = {
  oneOrTwo: 0,
  threeOrFour: 1,
  fiveOrSix: 2,
  sevenToNine: 3,
  tenOrMore: 4,
} as const;

export const auditSixOrMorePoints = {
  never: 0,
  lessThanMonthly: 1,
  monthly: 2,
  weekly: 3,
  dailyOrAlmostDaily: 4,
} as const;

export interface AuditCResult {
  total: number;
  threshold: number;
  /** Which published threshold applied: men 4, women 3; 3 when sex at birth was not given as male or female. */
  thresholdBasis: 'male' | 'female' | 'unspecified';
  atOrAboveThreshold: boolean;
}

/**
 * AUDIT-C total (0-12) against the sex-specific screening threshold: men 4 or more, women 3 or more
 * (Bush 1998, Bradley 2003; CLINICAL.md 3.5). The lower threshold is used when sex at birth was not
 * given or is neither male nor female, so that no positive screen is missed. Items 2 and 3 score 0 when the person never drinks.
 */
export function scoreAuditC(answers: Answers): AuditCResult | undefined {
  if (answers.auditFrequency === undefined) return undefined;
  const drinks = answers.auditFrequency === 'never';
  if (!drinks && (answers.auditTypicalDrinks === undefined || answers.auditSixOrMore === undefined)) return undefined;
  const total =
    auditFrequencyPoints[answers.auditFrequency] +
    (drinks ? 0 : auditTypicalDrinksPoints[answers.auditTypicalDrinks ?? 'oneOrTwo']) +
    (drinks ? 0 : auditSixOrMorePoints[answers.auditSixOrMore ?? 'never']);
  const thresholdBasis =
    answers.sexAtBirth === 'male' ? 'male' : answers.sexAtBirth === 'female' ? 'female' : 'unspecified';
  const threshold = thresholdBasis === 'male' ? 4 : 3;
  return { total, threshold, thresholdBasis, atOrAboveThreshold: total >= threshold };
}
