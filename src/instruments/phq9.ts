import { phq9ItemIds, type Answers } from '#src/questionnaire/fields.ts';

export const phq9Points = { notAtAll: 0, severalDays: 1, moreThanHalfTheDays: 2, nearlyEveryDay: 3 } as const;

export type Phq9Band = 'minimal' | 'mild' | 'moderate' | 'moderatelySevere' | 'severe';

export interface Phq9Result {
  total: number;
  band: Phq9Band;
  selfHarmItem: number;
}

/** The published severity band for a PHQ-9 total (cut-points 5, 10, 15, 20; CLINICAL.md 3.2). */
export function phq9Band(total: number): Phq9Band {
  if (total >= 20) return 'severe';
  if (total >= 15) return 'moderatelySevere';
  if (total >= 10) return 'moderate';
  if (total >= 5) return 'mild';
  return 'minimal';
}

/** The PHQ-9 total, band and item 9, or undefined until every item is answered. */
export function scorePhq9(answers: Answers): Phq9Result | undefined {
  const points = phq9ItemIds.map((id) => {
    const value = answers[id];
    return value === undefined ? undefined : phq9Points[value];
  });
  if (points.some((value) => value === undefined)) return undefined;
  const total = points.reduce<number>((sum, value) => sum + (value ?? 0), 0);
  return { total, band: phq9Band(total), selfHarmItem: points[8] ?? 0 };
}
