import type { TreatmentTrial } from '#src/questionnaire/treatment-trial.ts';

/** Weeks at which a trial is commonly counted as long enough (CLINICAL.md 1.2: most instruments use 6 or more). */
export const adequateTrialWeeks = 6;

/**
 * Whether a trial lasted 6 weeks or more, was taken as prescribed, and did not help enough
 * (no, a little or a partial effect). This only counts what the person reported; the clinician
 * confirms whether each was an adequate trial (dose and records are not asked here).
 */
export function isReportedAdequateTrialWithoutEnoughImprovement(trial: TreatmentTrial): boolean {
  return trial.weeks >= adequateTrialWeeks && trial.takenAsPrescribed === 'yes' && trial.effect !== 'large';
}

/**
 * How many different medicines had a reported trial that meets the common definition's duration,
 * adherence and response parts: the definition asks for different antidepressants, so the same
 * medicine tried twice counts once. Medicines typed in are told apart by name, ignoring case.
 */
export function countAdequateTrialsWithoutEnoughImprovement(trials: readonly TreatmentTrial[]): number {
  const medicine = (trial: TreatmentTrial) => ('otherName' in trial ? `other:${trial.otherName?.trim().toLowerCase() ?? ''}` : trial.medicine);
  return new Set(trials.filter(isReportedAdequateTrialWithoutEnoughImprovement).map(medicine)).size;
}
