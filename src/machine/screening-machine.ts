import { and, assertEvent, assign, enqueueActions, raise, setup } from 'xstate';
import type { Answers, FieldId } from '#src/questionnaire/fields.ts';
import {
  answersAfter,
  answersSignalCrisis,
  isComplete,
  isLastStepAnswered,
  isStepAnswered,
  isStepReachable,
  firstStepId,
  firstUnansweredStepId,
  lastStepId,
  nextStepId,
  previousStepId,
  stepSignalsCrisis,
  withoutHiddenAnswers,
} from '#src/questionnaire/flow.ts';
import { stepById, type StepId } from '#src/questionnaire/steps.ts';
import type { Page, PageAfterSafety, StepPage } from './page.ts';

export interface ScreeningContext {
  answers: Answers;
  currentStepId: StepId;
  /**
   * The answer the person chose to change on check answers, kept through the crisis page until they
   * leave check answers for the summary, the start or the questions in order: its row takes focus.
   */
  changedFieldId?: FieldId;
  /** Where the crisis page, while shown, leads. */
  afterSafety?: PageAfterSafety;
}

export type ScreeningEvent =
  | { type: 'screening.start' }
  | { type: 'step.continue'; stepId: StepId; answers: Answers }
  | { type: 'step.back' }
  /** `fieldId`: the answer whose "Change" was pressed, on the page `stepId`. */
  | { type: 'answers.change'; stepId: StepId; fieldId: FieldId }
  | { type: 'answers.confirm' }
  | { type: 'summary.review' }
  | { type: 'safety.continue' }
  | { type: 'safety.show' }
  | { type: 'screening.restart' }
  /** Clear my answers, from any page. */
  | { type: 'screening.clear' }
  /** The browser asks for a page: back, forward, reload or a typed address. */
  | { type: 'page.visit'; page: Page };

export interface ScreeningInput {
  answers?: Answers;
  currentStepId?: StepId;
}

/** Back along the questions that apply, and from the first to the start page. */
const backInOrder = [{ guard: 'hasPreviousStep', actions: 'goToPreviousStep' }, { target: '#screening.start' }] as const;

/**
 * The phases of the questionnaire. Which page is current and what was answered are context,
 * worked out by the flow functions; the machine never names a question.
 */
export const screeningMachine = setup({
  types: {
    context: {} as ScreeningContext,
    events: {} as ScreeningEvent,
    input: {} as ScreeningInput,
    tags: {} as 'questionPage' | 'changing',
  },
  guards: {
    hasNextStep: ({ context, event }) => {
      assertEvent(event, 'step.continue');
      return nextStepId(event.stepId, recorded(context, event)) !== undefined;
    },
    hasUnansweredStep: ({ context, event }) => {
      assertEvent(event, 'step.continue');
      return firstUnansweredStepId(recorded(context, event)) !== undefined;
    },
    hasPreviousStep: ({ context }) => previousStepId(context.currentStepId, context.answers) !== undefined,
    isLastStepAnswered: ({ context }) => isLastStepAnswered(context.answers),
    isComplete: ({ context }) => isComplete(context.answers),
    isVisitToStart: ({ event }) => event.type === 'page.visit' && event.page.kind === 'start',
    isVisitToReachableStep: ({ context, event }) =>
      event.type === 'page.visit' && event.page.kind === 'step' && isStepReachable(event.page.stepId, context.answers),
    isVisitToChange: ({ event }) => event.type === 'page.visit' && event.page.kind === 'step' && event.page.changing === true,
    isVisitToCheckAnswers: ({ context, event }) =>
      event.type === 'page.visit' && event.page.kind === 'checkAnswers' && isComplete(context.answers),
    isVisitToSummary: ({ context, event }) =>
      event.type === 'page.visit' && event.page.kind === 'summary' && isComplete(context.answers),
    isVisitToCrisisSupport: ({ context, event }) =>
      event.type === 'page.visit' && event.page.kind === 'safety' && answersSignalCrisis(context.answers),
  },
  actions: {
    recordAnswers: assign(({ context, event }) => {
      assertEvent(event, 'step.continue');
      return { answers: recorded(context, event) };
    }),
    goToNextStep: assign(({ context }) => ({
      currentStepId: nextStepId(context.currentStepId, context.answers) ?? context.currentStepId,
    })),
    goToFirstUnansweredStep: assign(({ context }) => ({
      currentStepId: firstUnansweredStepId(context.answers) ?? context.currentStepId,
    })),
    leadFromSafetyTo: assign(({ context }, then: 'step' | 'change' | 'checkAnswers') => ({
      afterSafety: then === 'checkAnswers' ? { kind: then } : { kind: 'step', stepId: context.currentStepId, changing: then === 'change' },
    })),
    goToPreviousStep: assign(({ context }) => ({
      currentStepId: previousStepId(context.currentStepId, context.answers) ?? context.currentStepId,
    })),
    goToChosenStep: assign(({ event }) => {
      assertEvent(event, 'answers.change');
      return { currentStepId: event.stepId, changedFieldId: event.fieldId };
    }),
    forgetChangedAnswer: assign({ changedFieldId: undefined }),
    goToVisitedStep: assign(({ context: { answers, changedFieldId }, event }) => {
      assertEvent(event, 'page.visit');
      const { stepId, changing } = event.page as StepPage;
      const step = stepById(stepId);
      const answered = isStepAnswered(step, answers);
      // A page of a change, come back to: its Continue returns to the row whose "Change" was pressed,
      // if on this page or while the change asks a question it made apply. Otherwise (another
      // change's page, or after a reload) to the page's first row if it was opened by "Change"
      // (it has answers), else to none, and the heading takes focus.
      const keep = !answered || (step.fields as readonly (FieldId | undefined)[]).includes(changedFieldId);
      return { currentStepId: stepId, ...(changing && { changedFieldId: keep ? changedFieldId : step.fields[0] }) };
    }),
    // Raised after the move, so that the crisis page is shown from, and leads to, the page that comes next.
    showSafetyPageIfNeeded: enqueueActions(({ event, enqueue }) => {
      assertEvent(event, 'step.continue');
      if (stepSignalsCrisis(stepById(event.stepId), event.answers)) enqueue.raise({ type: 'safety.show' });
    }),
    goToLastStep: assign(({ context }) => ({ currentStepId: lastStepId(context.answers) })),
    clearAnswers: assign({ answers: {}, currentStepId: firstStepId }),
  },
}).createMachine({
  id: 'screening',
  context: ({ input = {} }) => {
    const answers = withoutHiddenAnswers(input.answers ?? {});
    // A saved position is a hint: it must be a page the person could be on with these answers.
    const saved = input.currentStepId;
    const currentStepId = saved && isStepReachable(saved, answers) ? saved : (firstUnansweredStepId(answers) ?? firstStepId);
    return { answers, currentStepId };
  },
  initial: 'start',
  on: {
    'screening.clear': { target: '.start', actions: 'clearAnswers' },
    // A page the person cannot be on yet (a deep link, an old address) opens the first unanswered page.
    'page.visit': [
      { guard: 'isVisitToStart', target: '.start' },
      // Back, forward or a reload onto a page opened by "Change": its Continue still returns to check answers.
      { guard: and(['isVisitToReachableStep', 'isVisitToChange']), target: '.questionnaire.answering.changing', actions: 'goToVisitedStep' },
      { guard: 'isVisitToReachableStep', target: '.questionnaire.answering.inOrder', actions: 'goToVisitedStep' },
      { guard: 'isVisitToCheckAnswers', target: '.questionnaire.checkingAnswers' },
      { guard: 'isVisitToSummary', target: '.summary' },
      // Back or forward onto the crisis page: its Continue leads where its address says it led when first shown.
      {
        guard: 'isVisitToCrisisSupport',
        target: '.safety',
        actions: assign(({ event }) => ({ afterSafety: (event as { page: { then?: PageAfterSafety } }).page.then })),
      },
      { guard: 'isComplete', target: '.questionnaire.checkingAnswers' },
      // An unanswered page before the last, answered: a change made it apply, so its Continue returns to check answers.
      { guard: 'isLastStepAnswered', target: '.questionnaire.answering.changing', actions: 'goToFirstUnansweredStep' },
      { target: '.questionnaire.answering.inOrder', actions: 'goToFirstUnansweredStep' },
    ],
  },
  states: {
    start: {
      entry: 'forgetChangedAnswer',
      on: {
        // "Start now" or "Continue where you left off" opens what the address to continue opens.
        'screening.start': { actions: raise({ type: 'page.visit', page: { kind: 'checkAnswers' } }) },
      },
    },
    questionnaire: {
      initial: 'answering',
      states: {
        answering: {
          tags: 'questionPage',
          initial: 'inOrder',
          states: {
            inOrder: {
              // Check answers reached in order starts at its top.
              entry: 'forgetChangedAnswer',
              on: {
                'safety.show': { target: '#screening.safety', actions: { type: 'leadFromSafetyTo', params: 'step' } },
                'step.continue': [
                  { guard: 'hasNextStep', actions: ['recordAnswers', 'goToNextStep', 'showSafetyPageIfNeeded'] },
                  { target: '#screening.questionnaire.checkingAnswers', actions: ['recordAnswers', 'showSafetyPageIfNeeded'] },
                ],
                'step.back': backInOrder,
              },
            },
            changing: {
              tags: 'changing',
              on: {
                'safety.show': { target: '#screening.safety', actions: { type: 'leadFromSafetyTo', params: 'change' } },
                'step.continue': [
                  // A change can make new questions apply: ask those, then return to check answers.
                  {
                    guard: 'hasUnansweredStep',
                    actions: ['recordAnswers', 'goToFirstUnansweredStep', 'showSafetyPageIfNeeded'],
                  },
                  { target: '#screening.questionnaire.checkingAnswers', actions: ['recordAnswers', 'showSafetyPageIfNeeded'] },
                ],
                // Back from a question that a change made relevant goes to the page before it:
                // check answers, with that question unanswered, led to a summary without it.
                'step.back': [{ guard: 'isComplete', target: '#screening.questionnaire.checkingAnswers' }, ...backInOrder],
              },
            },
          },
        },
        checkingAnswers: {
          on: {
            'safety.show': { target: '#screening.safety', actions: { type: 'leadFromSafetyTo', params: 'checkAnswers' } },
            'answers.change': { target: 'answering.changing', actions: 'goToChosenStep' },
            'answers.confirm': '#screening.summary',
            'step.back': { target: 'answering.inOrder', actions: 'goToLastStep' },
          },
        },
      },
    },
    safety: {
      // Its Continue opens the page that was to come, as though the person had asked for its address.
      on: { 'safety.continue': { actions: raise(({ context }) => ({ type: 'page.visit', page: context.afterSafety ?? { kind: 'checkAnswers' } })) } },
    },
    summary: {
      entry: 'forgetChangedAnswer',
      on: {
        'summary.review': 'questionnaire.checkingAnswers',
        'screening.restart': { target: 'start', actions: 'clearAnswers' },
      },
    },
  },
});

function recorded(context: ScreeningContext, event: { answers: Answers }): Answers {
  return answersAfter(context.answers, event.answers);
}
