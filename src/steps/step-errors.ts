import type { FieldErrors } from 'react-hook-form';
import type { TFunction } from 'i18next';
import { keys } from '#src/i18n/keys.ts';
import { fields, type FieldId } from '#src/questionnaire/fields.ts';
import type { FieldKind } from '#src/questionnaire/question-kinds.ts';
import { trialLimits } from '#src/questionnaire/treatment-trial.ts';
import type { Step } from '#src/questionnaire/steps.ts';

export interface StepError {
  fieldId: FieldId;
  /** Path below the field: '' for the field itself, 'month', '0.weeks', 'root'. */
  path: string;
  targetId: string;
  message: string;
}

const trialPartKind: Record<string, FieldKind> = {
  medicine: 'choice',
  otherName: 'text',
  weeks: 'integer',
  takenAsPrescribed: 'choice',
  effect: 'choice',
  outcome: 'choice',
};

const trialParts = Object.keys(trialPartKind);
/** Where a part of an entry stands on the page; the order zod reports issues in is not the page's. */
const pageOrder = (key: string) => trialParts.indexOf(key);

/**
 * Every error on the step in page order, translated, with the id of the input each one links to.
 * On a page of several questions, and in a list of entries, a message names the question it is
 * about: the error summary lists them all, and "Select an answer" nine times says nothing.
 * `labelContext` is the wording the labels take on the page.
 */
export function stepErrors(step: Step, errors: FieldErrors, t: TFunction, labelContext?: string): StepError[] {
  const found: StepError[] = [];
  for (const fieldId of step.fields) {
    // A month and a year are one answer, with one message, the month's first (GOV.UK's date input):
    // the year's own would be linked to a box whose message is not shown.
    const oneMessage = fields[fieldId].kind === 'monthYear';
    const visit = (node: unknown, path: string[]): void => {
      if (!node || typeof node !== 'object') return;
      const { message } = node as { message?: unknown };
      if (typeof message === 'string' && message !== '') {
        const question = step.fields.length > 1 ? t(keys.fieldLabel(fieldId), { context: labelContext }) : undefined;
        const error = describe(fieldId, path, message, t, question);
        const first = oneMessage ? found.find((each) => each.fieldId === fieldId) : undefined;
        found.push(first ? { ...error, message: first.message } : error);
        return;
      }
      for (const [key, child] of Object.entries(node).sort(([a], [b]) => pageOrder(a) - pageOrder(b))) if (key !== 'ref') visit(child, [...path, key]);
    };
    visit(errors[fieldId], []);
  }
  return found;
}

/** `question`: the field's question, to be named in the message; none on a page whose h1 is the question. */
function describe(fieldId: FieldId, path: string[], code: string, t: TFunction, question: string | undefined): StepError {
  const field = fields[fieldId];
  const joined = path.join('.');
  if (field.kind === 'trialList' && path.length === 2 && path[1] !== undefined) {
    const part = path[1];
    const kind = trialPartKind[part] ?? 'text';
    const params =
      kind === 'integer'
        ? { min: trialLimits.minWeeks, max: trialLimits.maxWeeks }
        : { maxLength: trialLimits.otherNameMaxLength };
    const message = t('validation:aboutEntry', { message: t(keys.validation(kind, code), params), question: t(keys.trialPart(part)), number: Number(path[0]) + 1 });
    return { fieldId, path: joined, targetId: `${fieldId}-${path[0]}-${part}`, message };
  }
  const params =
    field.kind === 'integer'
      ? { min: field.min, max: field.max }
      : field.kind === 'text'
        ? { maxLength: field.maxLength }
        : field.kind === 'trialList'
          ? { max: field.maxEntries }
          : {};
  const targetId =
    field.kind === 'monthYear'
      ? `${fieldId}-${path[0] === 'year' ? 'year' : 'month'}`
      : field.kind === 'trialList'
        ? `${fieldId}-add`
        : fieldId;
  // A field may word a message for itself ("Enter your age"); otherwise its kind's message applies.
  const message = t([keys.fieldError(fieldId, code), keys.validation(field.kind, code)], params);
  return {
    fieldId,
    path: joined,
    targetId,
    message: question === undefined ? message : t('validation:about', { message, question }),
  };
}
