import fc from 'fast-check';
import { describe, it } from 'vitest';
import { createActor } from 'xstate';
import { answersSchema, fields, type Answers, type FieldId } from '#src/questionnaire/fields.ts';
import { stepSignalsCrisis, visibleSteps, withoutHiddenAnswers } from '#src/questionnaire/flow.ts';
import { stepById, steps } from '#src/questionnaire/steps.ts';
import { buildSummary } from '#src/summary/build-summary.ts';
import { seededStepAnswers } from '#tests/fixtures/seeded-answers.ts';
import { changeEvent } from './drive.testing.ts';
import type { Page } from './page.ts';
import { screeningMachine, type ScreeningEvent } from './screening-machine.ts';

/** Answering "yes" to any of these must show up as a point to discuss (CLINICAL.md 2.3). */
const cautionsWhenYes = (Object.keys(fields) as FieldId[]).filter((id) => {
  const field = fields[id];
  return field.kind === 'choice' && field.optionSet === 'yesNoUnsure' && !['highBloodPressure', 'bloodPressureControlled', 'rideHome', 'timeForCourse'].includes(id);
});

const runs = Number(process.env.RANDOM_JOURNEYS ?? 10_000);
const pages: Page[] = [
  { kind: 'start' },
  { kind: 'checkAnswers' },
  { kind: 'safety' },
  { kind: 'summary' },
  ...steps.map((step): Page => ({ kind: 'step', stepId: step.id })),
];

/** One move: a roll that picks what the person does, and a seed for the answers or page it uses. */
const move = fc.tuple(fc.integer({ min: 0, max: 99 }), fc.nat());
const journey = fc.record({ wander: fc.array(move, { maxLength: 60 }), finish: fc.nat() });

describe(`${runs} random journeys, going back, changing answers and jumping between pages`, () => {
  it('never throw, never keep a hidden answer, always show the crisis page when due, and end on a faithful summary', () => {
    fc.assert(
      fc.property(journey, ({ wander, finish }) => {
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
        const moves: [number, number][] = [...wander];
        // After wandering, keep going forward (roll 0) until the summary.
        for (let extra = 0; extra < 200; extra++) moves.push([0, finish + extra]);
        for (const [roll, seed] of moves) {
          const snapshot = actor.getSnapshot();
          if (snapshot.matches('summary')) break;
          if (roll >= 92) send({ type: 'page.visit', page: pages[seed % pages.length] as Page });
          else if (snapshot.matches('start')) send({ type: 'screening.start' });
          else if (snapshot.matches('safety')) send({ type: 'safety.continue' });
          else if (snapshot.matches({ questionnaire: 'checkingAnswers' })) {
            const visible = visibleSteps(snapshot.context.answers);
            if (roll < 60) send({ type: 'answers.confirm' });
            else if (roll < 85) send(changeEvent(visible[seed % visible.length]?.id ?? 'age'));
            else send({ type: 'step.back' });
          } else {
            const stepId = snapshot.context.currentStepId;
            if (roll < 80) send({ type: 'step.continue', stepId, answers: seededStepAnswers(stepById(stepId), seed) });
            else send({ type: 'step.back' });
          }
        }
        // Plain checks rather than expect(): they run ten thousand times.
        const final = actor.getSnapshot();
        if (final.value !== 'summary') throw new Error(`ended on ${JSON.stringify(final.value)}, not the summary`);
        const answers: Answers = final.context.answers;
        if (!answersSchema.safeParse(answers).success) throw new Error('kept an invalid answer');
        const summary = buildSummary(answers);
        const applicable = new Set(visibleSteps(answers).flatMap((step) => [...step.fields]));
        for (const id of Object.keys(summary.answers)) if (!applicable.has(id as FieldId)) throw new Error(`summary shows hidden ${id}`);
        const discussed = new Set(summary.points.flatMap((point) => point.fieldIds));
        for (const id of cautionsWhenYes) {
          if (summary.answers[id] === 'yes' && !discussed.has(id)) throw new Error(`"yes" to ${id} is not a point to discuss`);
        }
        const selfHarm = summary.answers.phq9SelfHarm;
        if (selfHarm !== undefined && selfHarm !== 'notAtAll' && !summary.crisisFieldIds.includes('phq9SelfHarm')) {
          throw new Error('PHQ-9 item 9 above 0 is missing from the safety box');
        }
      }),
      { numRuns: runs },
    );
  }, 300_000);
});
