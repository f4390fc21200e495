import { visibleSteps } from '#src/questionnaire/flow.ts';
import type { Answers, FieldId } from '#src/questionnaire/fields.ts';
import type { SectionId, StepId } from '#src/questionnaire/steps.ts';

export interface AnswerRow {
  fieldId: FieldId;
  stepId: StepId;
}

/**
 * The answered questions that apply, in flow order, grouped by section. Only visible pages are
 * walked, so an answer to a page that no longer applies is never listed.
 */
export function answerRowsBySection(answers: Answers): { section: SectionId; rows: AnswerRow[] }[] {
  const sections: { section: SectionId; rows: AnswerRow[] }[] = [];
  for (const step of visibleSteps(answers)) {
    const rows = step.fields.filter((fieldId) => answers[fieldId] !== undefined).map((fieldId) => ({ fieldId, stepId: step.id }));
    if (rows.length === 0) continue;
    const last = sections.at(-1);
    if (last?.section === step.section) last.rows.push(...rows);
    else sections.push({ section: step.section, rows });
  }
  return sections;
}
