import { fields, type Answers, type FieldId } from '#src/questionnaire/fields.ts';
import type { Step } from '#src/questionnaire/steps.ts';
import { emptyTrial } from './fields/trial-list-field.tsx';

/** A saved answer as the form holds it: numbers as text, nothing answered as an empty value. */
function formValue(id: FieldId, answers: Answers): unknown {
  const field = fields[id];
  const value = answers[id];
  switch (field.kind) {
    case 'choice':
      return value ?? null;
    case 'multiChoice':
      return value ?? [];
    case 'integer':
      return value === undefined ? '' : String(value);
    case 'text':
      return value ?? '';
    case 'monthYear': {
      const date = answers[id as 'episodeStart'];
      return { month: date ? String(date.month) : '', year: date ? String(date.year) : '' };
    }
    case 'trialList': {
      const trials = answers[id as 'antidepressantTrials'];
      return trials
        ? trials.map((trial) => ({ ...emptyTrial, ...trial, weeks: String(trial.weeks) }))
        : [{ ...emptyTrial }];
    }
    default: {
      const unreachable: never = field;
      return unreachable;
    }
  }
}

/** The form's starting values for a step, from the answers saved so far. */
export function formValues(step: Step, answers: Answers): Record<string, unknown> {
  return Object.fromEntries(step.fields.map((id) => [id, formValue(id, answers)]));
}
