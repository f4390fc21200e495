import { transition, type SnapshotFrom } from 'xstate';
import type { Answers } from '#src/questionnaire/fields.ts';
import { stepById, type StepId } from '#src/questionnaire/steps.ts';
import { currentPage, isSamePage, type Page } from './page.ts';
import type { ScreeningEvent, screeningMachine } from './screening-machine.ts';

type ScreeningSnapshot = SnapshotFrom<typeof screeningMachine>;

/**
 * The page that going forward from here most likely shows: the machine's own answer for Continue
 * (or Start now, or Confirm) with the answers as they stand, or with `answersOnPage` as entered so
 * far on a question page. It is a guess to prepare for, never a decision.
 */
export function likelyNextPage(machine: typeof screeningMachine, snapshot: ScreeningSnapshot, answersOnPage?: Answers): Page | undefined {
  const here = currentPage(snapshot);
  const forward = forwardEvent(here, answersOnPage ?? snapshot.context.answers);
  if (!forward) return undefined;
  const [next] = transition(machine, snapshot, forward);
  const page = currentPage(next);
  return isSamePage(page, here) ? undefined : page;
}

function forwardEvent(page: Page, answers: Answers): ScreeningEvent | undefined {
  switch (page.kind) {
    case 'start':
      return { type: 'screening.start' };
    case 'step':
      return { type: 'step.continue', stepId: page.stepId, answers: answersOnStep(page.stepId, answers) };
    case 'checkAnswers':
      return { type: 'answers.confirm' };
    case 'safety':
      return { type: 'safety.continue' };
    case 'summary':
      return undefined;
  }
}

function answersOnStep(stepId: StepId, answers: Answers): Answers {
  return Object.fromEntries(stepById(stepId).fields.filter((id) => answers[id] !== undefined).map((id) => [id, answers[id]])) as Answers;
}
