import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { createActor } from 'xstate';
import { answersSchema, fields, type Answers, type FieldId } from '#src/questionnaire/fields.ts';
import { stepSignalsCrisis, visibleSteps, withoutHiddenAnswers } from '#src/questionnaire/flow.ts';
import { stepById, steps } from '#src/questionnaire/steps.ts';
import { buildSummary } from '#src/summary/build-summary.ts';
import { arbitraryStepAnswers } from '#tests/fixtures/arbitrary-answers.ts';
import type { Page } from './page.ts';
import { screeningMachine, type ScreeningEvent } from './screening-machine.ts';

/** Answering "yes" to any of these must show up as a point to discuss (CLINICAL.md 2.3). */
const cautionsWhenYes = (Object.keys(fields) as FieldId[]).filter((id) => {
  const field = fields[id];
  return field.kind === 'choice' && field.optionSet === 'yesNoUnsure' && !['highBloodPressure', 'bloodPressureControlled', 'rideHome', 'timeForCourse'].includes(id);
});

const runs = Number(process.env.RANDOM_JOURNEYS ?? 10_000);
const wanderLength = fc.integer({ min: 0, max: 60 });
const percent = fc.integer({ min: 0, max: 99 });
const stepChoices = new Map<string, fc.Arbitrary<(typeof steps)[number]['id']>>();
const oneOfSteps = (ids: (typeof steps)[number]['id'][]) => {
  const key = ids.join();
  let arbitrary = stepChoices.get(key);
  if (!arbitrary) stepChoices.set(key, (arbitrary = fc.constantFrom(...ids)));
  return arbitrary;
};
const anyPage: fc.Arbitrary<Page> = fc.oneof(
  fc.constantFrom<Page>({ kind: 'start' }, { kind: 'checkAnswers' }, { kind: 'safety' }, { kind: 'summary' }),
  fc.constantFrom(...steps.map((step) => step.id)).map((stepId): Page => ({ kind: 'step', stepId })),
);

describe(`${runs} random journeys, going back, changing answers and jumping between pages`, () => {
  it('never throw, never keep a hidden answer, always show the crisis page when due, and end on a faithful summary', () => {
    fc.assert(
      fc.property(fc.gen(), (draw) => {
        const actor = createActor(screeningMachine, { input: {} }).start();
        const send = (event: ScreeningEvent) => {
          actor.send(event);
          const snapshot = actor.getSnapshot();
          const { answers } = snapshot.context;
          if (Object.keys(withoutHiddenAnswers(answers)).length !== Object.keys(answers).length) {
            throw new Error(`kept a hidden answer after ${event.type}`);
          }
          if (event.type === 'step.continue' && snapshot.value !== 'safety' && stepSignalsCrisis(stepById(event.stepId), event.answers)) {
            throw new Error(`no crisis page after ${event.stepId}`);
          }
        };
        const wander = draw(() => wanderLength);
        for (let move = 0; move < wander + 200 && !actor.getSnapshot().matches('summary'); move++) {
          const snapshot = actor.getSnapshot();
          const forwardOnly = move >= wander;
          const roll = forwardOnly ? 0 : draw(() => percent);
          if (roll >= 92) send({ type: 'page.visit', page: draw(() => anyPage) });
          else if (snapshot.matches('start')) send({ type: 'screening.start' });
          else if (snapshot.matches('safety')) send({ type: 'safety.continue' });
          else if (snapshot.matches({ questionnaire: 'checkingAnswers' })) {
            if (roll < 60) send({ type: 'answers.confirm' });
            else if (roll < 85) {
              const visible = visibleSteps(snapshot.context.answers);
              send({ type: 'answers.change', stepId: draw(() => oneOfSteps(visible.map((step) => step.id))) });
            } else send({ type: 'step.back' });
          } else {
            const step = stepById(snapshot.context.currentStepId);
            if (roll < 80) send({ type: 'step.continue', stepId: snapshot.context.currentStepId, answers: draw(() => arbitraryStepAnswers(step)) });
            else send({ type: 'step.back' });
          }
        }
        const final = actor.getSnapshot();
        expect(final.value).toBe('summary');

        const answers: Answers = final.context.answers;
        expect(answersSchema.safeParse(answers).success).toBe(true);
        const summary = buildSummary(answers);
        const applicable = new Set(visibleSteps(answers).flatMap((step) => [...step.fields]));
        for (const id of Object.keys(summary.answers)) expect(applicable).toContain(id);
        const discussed = new Set(summary.points.flatMap((point) => point.fieldIds));
        for (const id of cautionsWhenYes) if (summary.answers[id] === 'yes') expect(discussed, id).toContain(id);
        if (summary.answers.phq9SelfHarm !== undefined && summary.answers.phq9SelfHarm !== 'notAtAll') {
          expect(summary.crisisFieldIds).toContain('phq9SelfHarm');
        }
      }),
      { numRuns: runs },
    );
  }, 300_000);
});
