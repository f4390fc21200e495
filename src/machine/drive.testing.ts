import { createActor, type SnapshotFrom } from 'xstate';
import type { Answers, FieldId } from '#src/questionnaire/fields.ts';
import { stepById, type StepId } from '#src/questionnaire/steps.ts';
import { personas } from '#tests/fixtures/personas.ts';
import { screeningMachine, type ScreeningEvent } from './screening-machine.ts';

export type ScreeningSnapshot = SnapshotFrom<typeof screeningMachine>;

/** A valid answer for any field, taken from the personas, so a test can answer any page. */
export function sampleAnswer(id: FieldId): Answers {
  for (const persona of Object.values(personas)) if (persona[id] !== undefined) return { [id]: persona[id] };
  throw new Error(`No persona answers ${id}`);
}

/** The event that answers the current page: from `answers` where it has the field, else a sample answer. */
export function continueEvent(stepId: StepId, answers: Answers): ScreeningEvent {
  const given = Object.assign({}, ...stepById(stepId).fields.map((id) => (answers[id] !== undefined ? { [id]: answers[id] } : sampleAnswer(id))));
  return { type: 'step.continue', stepId, answers: given };
}

/** "Change" pressed on check answers, on the first answer of this page. */
export function changeEvent(stepId: StepId): ScreeningEvent {
  return { type: 'answers.change', stepId, fieldId: stepById(stepId).fields[0] as FieldId };
}

/** The next event a person who keeps going forward would send from this snapshot. */
export function forwardEvent(snapshot: ScreeningSnapshot, answers: Answers): ScreeningEvent {
  if (snapshot.matches('start')) return { type: 'screening.start' };
  if (snapshot.matches('safety')) return { type: 'safety.continue' };
  if (snapshot.matches({ questionnaire: 'checkingAnswers' })) return { type: 'answers.confirm' };
  return continueEvent(snapshot.context.currentStepId, answers);
}

/** Runs a person forward from the start until the summary (or a step limit), recording the phases visited. */
export function runForward(answers: Answers, events: ScreeningEvent[] = [], limit = 200) {
  const actor = createActor(screeningMachine, { input: {} }).start();
  for (const event of events) actor.send(event);
  const visited: string[] = [];
  for (let count = 0; count < limit && !actor.getSnapshot().matches('summary'); count++) {
    const snapshot = actor.getSnapshot();
    visited.push(snapshot.matches('safety') ? 'safety' : snapshot.hasTag('questionPage') ? snapshot.context.currentStepId : JSON.stringify(snapshot.value));
    actor.send(forwardEvent(snapshot, answers));
  }
  return { snapshot: actor.getSnapshot(), visited };
}
