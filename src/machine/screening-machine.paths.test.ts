import { describe, expect, it } from 'vitest';
import { createActor } from 'xstate';
import { getShortestPaths } from 'xstate/graph';
import { stepSignalsCrisis } from '#src/questionnaire/flow.ts';
import { stepById, steps, type StepId } from '#src/questionnaire/steps.ts';
import { answersOf } from '#tests/fixtures/personas.ts';
import { changeEvent, continueEvent, forwardEvent, type ScreeningSnapshot } from './drive.testing.ts';
import { screeningMachine, type ScreeningEvent } from './screening-machine.ts';

const people = [answersOf('nothingToDiscuss'), answersOf('manyCautions'), answersOf('thoughtsOfSuicide'), answersOf('olderAdultOtherBranches')];
const changeable: StepId[] = ['sex-at-birth', 'phq9', 'suicidal-thoughts-now', 'tried-antidepressants', 'prior-ketamine', 'ride-home'];

/** What a person can do on each page: answer as any persona, go back, change, confirm, continue after the crisis page. */
function possibleEvents(snapshot: ScreeningSnapshot): ScreeningEvent[] {
  if (snapshot.matches('start')) return [{ type: 'screening.start' }];
  if (snapshot.matches('safety')) return [{ type: 'safety.continue' }];
  if (snapshot.matches('summary')) return [{ type: 'summary.review' }, { type: 'screening.restart' }];
  if (snapshot.matches({ questionnaire: 'checkingAnswers' })) {
    return [{ type: 'answers.confirm' }, { type: 'step.back' }, ...changeable.map(changeEvent)];
  }
  return [...people.map((answers) => continueEvent(snapshot.context.currentStepId, answers)), { type: 'step.back' }];
}

const paths = getShortestPaths(screeningMachine, {
  events: possibleEvents,
  serializeState: (snapshot) => `${JSON.stringify(snapshot.value)} ${snapshot.context.currentStepId}`,
});

describe('every path through the screening machine', () => {
  it('is explored: every phase is reachable', () => {
    const phases = new Set(paths.map((path) => JSON.stringify(path.state.value)));
    for (const phase of [
      'start',
      { questionnaire: { answering: 'inOrder' } },
      { questionnaire: { answering: 'changing' } },
      { questionnaire: 'checkingAnswers' },
      'safety',
      'summary',
    ]) {
      expect(phases, JSON.stringify(phase)).toContain(JSON.stringify(phase));
    }
  });

  it('is explored: every question page is reached', () => {
    const pages = new Set(paths.filter((path) => path.state.hasTag('questionPage')).map((path) => path.state.context.currentStepId));
    expect([...pages].sort()).toEqual(steps.map((step) => step.id).sort());
  });

  it('can always go on to reach the summary', () => {
    for (const path of paths) {
      const actor = createActor(screeningMachine, { snapshot: path.state, input: {} }).start();
      for (let count = 0; count < 120 && !actor.getSnapshot().matches('summary'); count++) {
        actor.send(forwardEvent(actor.getSnapshot(), people[0] ?? {}));
      }
      expect(actor.getSnapshot().value, path.steps.map((step) => step.event.type).join(' > ')).toBe('summary');
    }
  });

  it('enters the crisis page straight after any answer that signals thoughts of suicide', () => {
    let signalling = 0;
    for (const path of paths) {
      path.steps.forEach((step, index) => {
        const { event } = step;
        if (event.type !== 'step.continue' || !stepSignalsCrisis(stepById(event.stepId), event.answers)) return;
        signalling++;
        expect(path.steps[index + 1]?.state.value ?? path.state.value).toBe('safety');
      });
    }
    expect(signalling).toBeGreaterThan(0);
  });
});
