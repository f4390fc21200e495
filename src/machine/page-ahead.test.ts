import { describe, expect, it } from 'vitest';
import { createActor } from 'xstate';
import { answersBefore, answersOf } from '#tests/fixtures/personas.ts';
import { changeEvent } from './drive.testing.ts';
import { currentPage } from './page.ts';
import { likelyNextPage } from './page-ahead.ts';
import { screeningMachine } from './screening-machine.ts';

const at = (input = {}, ...events: Parameters<ReturnType<typeof createActor<typeof screeningMachine>>['send']>[0][]) => {
  const actor = createActor(screeningMachine, { input }).start();
  for (const event of events) actor.send(event);
  return actor.getSnapshot();
};

describe('the page most likely next', () => {
  it('is the first question from the start page, and the next question from a question', () => {
    expect(likelyNextPage(screeningMachine, at())).toEqual({ kind: 'step', stepId: 'age' });
    expect(likelyNextPage(screeningMachine, at({}, { type: 'screening.start' }))).toEqual({ kind: 'step', stepId: 'sex-at-birth' });
  });

  it('is check answers from the last question, and the summary from check answers', () => {
    const answers = answersOf('nothingToDiscuss');
    const checking = at({ answers }, { type: 'screening.start' });
    expect(currentPage(checking)).toEqual({ kind: 'checkAnswers' });
    expect(likelyNextPage(screeningMachine, checking)).toEqual({ kind: 'summary' });
    const lastQuestion = at({ answers }, { type: 'screening.start' }, { type: 'step.back' });
    expect(likelyNextPage(screeningMachine, lastQuestion)).toEqual({ kind: 'checkAnswers' });
  });

  it('follows the answers entered on the page so far, when given', () => {
    const onTried = at({ answers: answersBefore('nothingToDiscuss', 'tried-antidepressants') }, { type: 'screening.start' });
    expect(currentPage(onTried)).toEqual({ kind: 'step', stepId: 'tried-antidepressants' });
    expect(likelyNextPage(screeningMachine, onTried)).toEqual({ kind: 'step', stepId: 'psychotherapy' });
    expect(likelyNextPage(screeningMachine, onTried, { triedAntidepressants: 'yes' })).toEqual({ kind: 'step', stepId: 'antidepressant-trials' });
  });

  it('is check answers again from a question opened with Change', () => {
    const changing = at({ answers: answersOf('nothingToDiscuss') }, { type: 'screening.start' }, changeEvent('age'));
    expect(currentPage(changing)).toEqual({ kind: 'step', stepId: 'age', changing: true });
    expect(likelyNextPage(screeningMachine, changing)).toEqual({ kind: 'checkAnswers' });
  });

  it('is the crisis page from a question whose saved answer calls for it', () => {
    const answers = answersOf('thoughtsOfSuicide');
    const revisited = at({ answers, currentStepId: 'phq9' }, { type: 'page.visit', page: { kind: 'step', stepId: 'phq9' } });
    expect(currentPage(revisited)).toEqual({ kind: 'step', stepId: 'phq9' });
    expect(likelyNextPage(screeningMachine, revisited)).toEqual({ kind: 'safety', then: { kind: 'step', stepId: 'suicidal-thoughts-now', changing: false } });
  });

  it('is nothing from the summary, the end of the questionnaire', () => {
    const summary = at({ answers: answersOf('nothingToDiscuss') }, { type: 'screening.start' }, { type: 'answers.confirm' });
    expect(likelyNextPage(screeningMachine, summary)).toBeUndefined();
  });
});
