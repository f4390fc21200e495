import { fieldIds, fields, type Answers } from '#src/questionnaire/fields.ts';
import { antidepressantOptions, trialOptionSets, type TreatmentTrial } from '#src/questionnaire/treatment-trial.ts';
import { shortHash } from '#src/summary/reference-code.ts';

/**
 * Answers packed by position: the nth entry answers the nth field, and a choice is its option's
 * index. Without field names and option codes a whole questionnaire fits a QR code a phone can
 * scan. Positions depend on the questionnaire, so a packed set names the questionnaire it
 * belongs to (`questionnaireFingerprint`) and is read only by that same questionnaire.
 */
export type PackedAnswers = unknown[];

/** Changes whenever a field, its kind or its options change: the positions the packing relies on. */
export const questionnaireFingerprint = shortHash([
  fieldIds.map((id) => {
    const field = fields[id];
    return [id, field.kind, 'options' in field ? field.options : []];
  }),
  antidepressantOptions,
  trialOptionSets,
]);

const trialKeys = ['takenAsPrescribed', 'effect', 'outcome'] as const;

function packTrial(trial: TreatmentTrial): unknown[] {
  const packed = [antidepressantOptions.indexOf(trial.medicine), trial.weeks, ...trialKeys.map((key) => (trialOptionSets[key] as readonly string[]).indexOf(trial[key]))];
  return 'otherName' in trial ? [...packed, trial.otherName] : packed;
}

function unpackTrial(packed: unknown): unknown {
  if (!Array.isArray(packed)) return undefined;
  const [medicine, weeks, taken, effect, outcome, otherName] = packed as unknown[];
  const option = (options: readonly string[], index: unknown) => (typeof index === 'number' ? options[index] : undefined);
  return {
    medicine: option(antidepressantOptions, medicine),
    weeks,
    takenAsPrescribed: option(trialOptionSets.takenAsPrescribed, taken),
    effect: option(trialOptionSets.effect, effect),
    outcome: option(trialOptionSets.outcome, outcome),
    ...(otherName === undefined ? {} : { otherName }),
  };
}

/** Valid answers, packed by position; unanswered fields are `null`, and trailing ones are left off. */
export function packAnswers(answers: Answers): PackedAnswers {
  const packed = fieldIds.map((id): unknown => {
    const field = fields[id];
    const answer: unknown = answers[id];
    if (answer === undefined) return null;
    switch (field.kind) {
      case 'choice':
        return (field.options as readonly unknown[]).indexOf(answer);
      case 'multiChoice':
        return (answer as unknown[]).map((value) => (field.options as readonly unknown[]).indexOf(value));
      case 'monthYear': {
        const { month, year } = answer as { month: number; year: number };
        return [month, year];
      }
      case 'trialList':
        return (answer as TreatmentTrial[]).map(packTrial);
      default:
        return answer;
    }
  });
  while (packed.length > 0 && packed.at(-1) === null) packed.pop();
  return packed;
}

/**
 * Packed answers back into answers by field id, unchecked: the caller validates them with
 * `answersSchema`. Anything that does not unpack (a wrong shape, an index out of range) becomes
 * a value no schema accepts, so damage is reported, never silently dropped.
 */
export function unpackAnswers(packed: PackedAnswers): Record<string, unknown> {
  const answers: Record<string, unknown> = {};
  if (packed.length > fieldIds.length) answers[''] = packed;
  fieldIds.forEach((id, position) => {
    const value = packed[position];
    if (value === null || value === undefined) return;
    const field = fields[id];
    const option = (index: unknown) => (typeof index === 'number' && 'options' in field ? field.options[index] ?? null : null);
    switch (field.kind) {
      case 'choice':
        answers[id] = option(value);
        return;
      case 'multiChoice':
        answers[id] = Array.isArray(value) ? value.map(option) : null;
        return;
      case 'monthYear':
        answers[id] = Array.isArray(value) ? { month: value[0], year: value[1] } : null;
        return;
      case 'trialList':
        answers[id] = Array.isArray(value) ? value.map(unpackTrial) : null;
        return;
      default:
        answers[id] = value;
    }
  });
  return answers;
}
