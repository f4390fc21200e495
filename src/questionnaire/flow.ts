import { fields, type Answers, type FieldId } from './fields.ts';
import { sections, stepById, steps, type SectionId, type Step, type StepId } from './steps.ts';

type AnyStep = (typeof steps)[number];

/**
 * The steps that apply to these answers, in order. Each step's condition sees only the answers
 * of earlier visible steps, so an answer on a page that no longer applies never counts.
 */
export function visibleSteps(answers: Answers): AnyStep[] {
  const kept: Answers = {};
  const visible: AnyStep[] = [];
  for (const step of steps) {
    if ('showIf' in step && !(step.showIf as Step['showIf'])?.(kept)) continue;
    visible.push(step);
    for (const id of step.fields) copyAnswer(answers, kept, id);
  }
  return visible;
}

function copyAnswer<K extends FieldId>(from: Answers, to: Answers, id: K): void {
  if (from[id] !== undefined) to[id] = from[id];
}

/** The answers with every answer to a question that no longer applies removed. */
export function withoutHiddenAnswers(answers: Answers): Answers {
  const kept: Answers = {};
  for (const step of visibleSteps(answers)) for (const id of step.fields) copyAnswer(answers, kept, id);
  return kept;
}

/**
 * The answers once the person has given `given`. A question worded for earlier answers (the drinks
 * in a day, counted for one sex) is asked again when a change rewords it: its answer was to another question.
 */
export function answersAfter(before: Answers, given: Answers): Answers {
  const after = { ...before, ...given };
  for (const step of steps as readonly Step[]) if (step.labelContext?.(before) !== step.labelContext?.(after)) for (const id of step.rewordedFields ?? []) after[id] = undefined;
  return withoutHiddenAnswers(after);
}

/** Whether every field on the step has an answer. */
export function isStepAnswered(step: Step, answers: Answers): boolean {
  return step.fields.every((id) => answers[id] !== undefined);
}

/** The first visible step without a complete answer, if any. */
export function firstUnansweredStepId(answers: Answers): StepId | undefined {
  return visibleSteps(answers).find((step) => !isStepAnswered(step, answers))?.id;
}

/**
 * Whether the last page that applies has an answer. With a page before it unanswered, the person
 * has been to the end, and a change made that page apply (or asks it again).
 */
export function isLastStepAnswered(answers: Answers): boolean {
  return isStepAnswered(stepById(lastStepId(answers)), answers);
}

/** Whether every question that applies has an answer. */
export function isComplete(answers: Answers): boolean {
  return firstUnansweredStepId(answers) === undefined;
}

/** Whether a person could be on this step: it applies, and every step before it is answered. */
export function isStepReachable(id: StepId, answers: Answers): boolean {
  for (const step of visibleSteps(answers)) {
    if (step.id === id) return true;
    if (!isStepAnswered(step, answers)) return false;
  }
  return false;
}

/** Whether any answer that applies calls for the crisis support page. */
export function answersSignalCrisis(answers: Answers): boolean {
  return visibleSteps(answers).some((step) => stepSignalsCrisis(step, answers));
}

/** The visible step after `current`, if any. */
export function nextStepId(current: StepId, answers: Answers): StepId | undefined {
  const visible = visibleSteps(answers);
  const index = visible.findIndex((step) => step.id === current);
  return index === -1 ? firstUnansweredStepId(answers) : visible[index + 1]?.id;
}

/** The visible step before `current`, if any: back follows the path the person actually took. */
export function previousStepId(current: StepId, answers: Answers): StepId | undefined {
  const visible = visibleSteps(answers);
  const index = visible.findIndex((step) => step.id === current);
  return index <= 0 ? undefined : visible[index - 1]?.id;
}

/** The last step that applies to these answers. */
export function lastStepId(answers: Answers): StepId {
  return visibleSteps(answers).at(-1)?.id ?? firstStepId;
}

/** The first step of the questionnaire. */
export const firstStepId: StepId = steps[0].id;

/** Where a step sits among the sections, for "Section 3 of 8". */
export function sectionPosition(section: SectionId): { number: number; total: number } {
  return { number: sections.indexOf(section) + 1, total: sections.length };
}

/** Whether any answer given on this step calls for the crisis support page. */
export function stepSignalsCrisis(step: Step, answers: Answers): boolean {
  return step.fields.some((id) => fieldSignalsCrisis(id, answers));
}

/** Whether this field's answer calls for the crisis support page. */
export function fieldSignalsCrisis(id: FieldId, answers: Answers): boolean {
  const field = fields[id];
  const value = answers[id];
  if (field.kind !== 'choice' || !('signalsCrisis' in field) || value === undefined) return false;
  return (field.signalsCrisis as (value: unknown) => boolean)(value);
}
