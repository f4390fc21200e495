import type { Answers } from '#src/questionnaire/fields.ts';

/** TAPS-1 items (past 12 months). Any answer other than "never" is a positive screen for that item (CLINICAL.md 3.5). */
export const taps1Items = ['tapsTobacco', 'tapsHeavyDrinking', 'tapsIllegalDrugs', 'tapsPrescriptionMisuse'] as const;

export type Taps1Item = (typeof taps1Items)[number];

/** The TAPS-1 items screened positive, or undefined until all four are answered. */
export function scoreTaps1(answers: Answers): { positive: Taps1Item[] } | undefined {
  if (taps1Items.some((id) => answers[id] === undefined)) return undefined;
  return { positive: taps1Items.filter((id) => answers[id] !== 'never') };
}
