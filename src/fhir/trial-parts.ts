import { keys } from '#src/i18n/keys.ts';
import {
  antidepressantOptions,
  trialLimits,
  trialOptionSetNames,
  trialOptionSets,
  type TreatmentTrial,
} from '#src/questionnaire/treatment-trial.ts';
import type { OptionSet } from './option-codings.ts';

/** Every key any trial can have; `otherName` exists only on "another medicine". */
export type TrialPart = TreatmentTrial extends infer Trial ? (Trial extends unknown ? keyof Trial : never) : never;

export type TrialPartSpec =
  | { kind: 'choice'; optionSet: OptionSet }
  | { kind: 'integer'; min: number; max: number }
  | { kind: 'text'; maxLength: number; onlyWhenMedicineIs: string };

const trialChoice = (part: keyof typeof trialOptionSets): TrialPartSpec => ({
  kind: 'choice',
  optionSet: {
    name: trialOptionSetNames[part],
    options: trialOptionSets[part],
    labelKey: (code) => keys.option(trialOptionSetNames[part], code),
  },
});

/**
 * The entries of one trial, in the order the page asks them. `satisfies` makes a new key in the
 * trial schema a type error here until it is mapped.
 */
export const trialParts = {
  medicine: { kind: 'choice', optionSet: { name: 'antidepressants', options: antidepressantOptions, labelKey: keys.medicine } },
  otherName: { kind: 'text', maxLength: trialLimits.otherNameMaxLength, onlyWhenMedicineIs: 'other' },
  weeks: { kind: 'integer', min: trialLimits.minWeeks, max: trialLimits.maxWeeks },
  takenAsPrescribed: trialChoice('takenAsPrescribed'),
  effect: trialChoice('effect'),
  outcome: trialChoice('outcome'),
} satisfies Record<TrialPart, TrialPartSpec>;

export const trialPartNames = Object.keys(trialParts) as TrialPart[];

/** The linkId of a trial entry inside its list: `antidepressantTrials.weeks`. */
export const trialPartLinkId = (listId: string, part: TrialPart) => `${listId}.${part}`;
