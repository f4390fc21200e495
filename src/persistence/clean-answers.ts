import { fields, type Answers, type FieldId } from '#src/questionnaire/fields.ts';
import { withoutHiddenAnswers } from '#src/questionnaire/flow.ts';

const isFieldId = (id: string): id is FieldId => Object.hasOwn(fields, id);

/**
 * Saved answers are untrusted: each one is checked with its own field's schema, and anything
 * unknown, malformed or no longer applicable is left out rather than failing the whole draft.
 */
export function cleanAnswers(raw: unknown): { answers: Answers; dropped: number } {
  if (typeof raw !== 'object' || raw === null || Array.isArray(raw)) return { answers: {}, dropped: 0 };
  const answers: Answers = {};
  let dropped = 0;
  for (const [id, value] of Object.entries(raw)) {
    const parsed = isFieldId(id) ? fields[id].schema.safeParse(value) : undefined;
    if (parsed?.success) Object.assign(answers, { [id]: parsed.data });
    else dropped++;
  }
  const applicable = withoutHiddenAnswers(answers);
  return { answers: applicable, dropped: dropped + Object.keys(answers).length - Object.keys(applicable).length };
}
