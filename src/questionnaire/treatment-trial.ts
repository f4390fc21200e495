import * as z from 'zod/mini';
import { integerField, required, type TrialListField } from './question-kinds.ts';

export const antidepressantsByClass = {
  ssri: ['citalopram', 'escitalopram', 'fluoxetine', 'fluvoxamine', 'paroxetine', 'sertraline'],
  snri: ['desvenlafaxine', 'duloxetine', 'levomilnacipran', 'milnacipran', 'venlafaxine'],
  otherModern: ['agomelatine', 'bupropion', 'mirtazapine', 'trazodone', 'vilazodone', 'vortioxetine'],
  tricyclic: ['amitriptyline', 'clomipramine', 'desipramine', 'doxepin', 'imipramine', 'nortriptyline'],
  maoi: ['isocarboxazid', 'moclobemide', 'phenelzine', 'selegilinePatch', 'tranylcypromine'],
} as const;

const knownAntidepressants = Object.values(antidepressantsByClass).flat();
export const antidepressantOptions = [...knownAntidepressants, 'other'] as const;

export const trialOptionSets = {
  takenAsPrescribed: ['yes', 'no', 'notSure'],
  effect: ['none', 'aLittle', 'partial', 'large'],
  outcome: ['stillTaking', 'stoppedNotHelping', 'stoppedSideEffects', 'stoppedCostOrAccess', 'stoppedOther'],
} as const;

/** The locale option set (`questionnaire:options.<name>`) of each trial choice. */
export const trialOptionSetNames = {
  takenAsPrescribed: 'trialTakenAsPrescribed',
  effect: 'trialEffect',
  outcome: 'trialOutcome',
} as const satisfies Record<keyof typeof trialOptionSets, string>;

/** Limits of one trial entry, shared by its schema and its error messages. */
export const trialLimits = { minWeeks: 0, maxWeeks: 520, otherNameMaxLength: 80 } as const;

const trialEntry = z.object({
  medicine: z.enum(antidepressantOptions, required),
  otherName: z.optional(z.string().check(z.trim())),
  weeks: integerField(trialLimits.minWeeks, trialLimits.maxWeeks).schema,
  takenAsPrescribed: z.enum(trialOptionSets.takenAsPrescribed, required),
  effect: z.enum(trialOptionSets.effect, required),
  outcome: z.enum(trialOptionSets.outcome, required),
});

// The name of an "other" medicine is checked only while "other" is the medicine chosen (a name typed
// before another was chosen must not hold the entry up), and with the entry's other missing parts.
const ifOther = { path: ['otherName'], when: ({ value }: z.core.ParsePayload) => (value as { medicine?: unknown } | null)?.medicine === 'other' };
type NamedTrial = { otherName?: string };

// A name typed for "other" is kept only while "other" is the medicine chosen.
const trialSchema = z.pipe(
  trialEntry.check(
    z.refine<NamedTrial>((trial) => trial.otherName, { ...ifOther, error: 'required' }),
    z.refine<NamedTrial>((trial) => (trial.otherName?.length ?? 0) <= trialLimits.otherNameMaxLength, { ...ifOther, error: 'tooLong' }),
  ),
  z.transform(({ otherName, ...trial }: z.output<typeof trialEntry>) => (trial.medicine === 'other' ? { ...trial, otherName } : trial)),
);

export type TreatmentTrial = z.output<typeof trialSchema>;

/** A repeatable list of antidepressant trials in this episode (CLINICAL.md 1.5). */
export function trialListField(maxEntries: number): TrialListField {
  const schema = z.array(trialSchema, required).check(z.minLength(1, { error: 'addAtLeastOne' }), z.maxLength(maxEntries, { error: 'tooMany' }));
  return { kind: 'trialList', maxEntries, schema };
}
