import { createContext } from 'react';
import type { FieldValues } from 'react-hook-form';
import { fields, type Answers } from '#src/questionnaire/fields.ts';
import type { Step } from '#src/questionnaire/steps.ts';

/**
 * Told what the person has entered on a question page so far, so that the app can prepare the page
 * those answers lead to. Outside the app (a page on its own in a test), nobody listens.
 */
export const AnswersOnPageContext = createContext<(answersOnPage: Answers) => void>(() => {});

/** The entries on a step's form that are already valid answers, as answers. */
export function answersSoFar(step: Step, values: FieldValues): Answers {
  const answers: Record<string, unknown> = {};
  for (const id of step.fields) {
    const parsed = fields[id].schema.safeParse(values[id]);
    if (parsed.success) answers[id] = parsed.data;
  }
  return answers as Answers;
}
