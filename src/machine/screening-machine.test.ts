import { describe, expect, it } from 'vitest';
import { createActor } from 'xstate';
import { answersBefore, answersOf } from '#tests/fixtures/personas.ts';
import { changeEvent, continueEvent, runForward } from './drive.testing.ts';
import { currentPage, type PageAfterSafety } from './page.ts';
import { screeningMachine } from './screening-machine.ts';

const started = (input = {}) => {
  const actor = createActor(screeningMachine, { input }).start();
  actor.send({ type: 'screening.start' });
  return actor;
};

describe('the screening machine', () => {
  it('starts on the start page, then asks the first question', () => {
    const actor = createActor(screeningMachine, { input: {} }).start();
    expect(actor.getSnapshot().value).toBe('start');
    actor.send({ type: 'screening.start' });
    expect(actor.getSnapshot().hasTag('questionPage')).toBe(true);
    expect(actor.getSnapshot().context.currentStepId).toBe('age');
  });

  it('goes through every page that applies, then to check answers, then to the summary', () => {
    const answers = answersOf('nothingToDiscuss');
    const { snapshot, visited } = runForward(answers);
    expect(snapshot.value).toBe('summary');
    expect(snapshot.context.answers).toEqual(answers);
    expect(visited).toContain('"start"');
    expect(visited.at(-1)).toBe(JSON.stringify({ questionnaire: 'checkingAnswers' }));
    expect(visited).not.toContain('safety');
  });

  it('interrupts with the crisis page right after PHQ-9 item 9 above 0, then returns to the next question', () => {
    const answers = answersOf('thoughtsOfSuicide');
    const actor = started();
    for (const stepId of ['age', 'sex-at-birth', 'pregnancy', 'diagnosis', 'episode-start', 'past-episodes', 'hospital-stay'] as const) {
      actor.send(continueEvent(stepId, answers));
    }
    expect(actor.getSnapshot().context.currentStepId).toBe('phq9');
    actor.send(continueEvent('phq9', answers));
    expect(actor.getSnapshot().value).toBe('safety');
    actor.send({ type: 'safety.continue' });
    expect(actor.getSnapshot().hasTag('questionPage')).toBe(true);
    expect(actor.getSnapshot().context.currentStepId).toBe('suicidal-thoughts-now');
  });

  it('leads from the crisis page, when the browser comes back to it, where it led when first shown', () => {
    const answers = answersOf('thoughtsOfSuicide');
    const actor = started();
    for (const stepId of ['age', 'sex-at-birth', 'pregnancy', 'diagnosis', 'episode-start', 'past-episodes', 'hospital-stay', 'phq9'] as const) {
      actor.send(continueEvent(stepId, answers));
    }
    const afterPhq9 = currentPage(actor.getSnapshot());
    expect(afterPhq9).toEqual({ kind: 'safety', then: { kind: 'step', stepId: 'suicidal-thoughts-now', changing: false } });
    // Back to PHQ-9, then Forward: the crisis page leads on, not back to PHQ-9.
    actor.send({ type: 'page.visit', page: { kind: 'step', stepId: 'phq9' } });
    actor.send({ type: 'page.visit', page: afterPhq9 });
    actor.send({ type: 'safety.continue' });
    expect(actor.getSnapshot().context.currentStepId).toBe('suicidal-thoughts-now');
    // Past the second crisis page, then Back through both: the first still leads to the direct question.
    actor.send(continueEvent('suicidal-thoughts-now', answers));
    expect(actor.getSnapshot().value).toBe('safety');
    actor.send({ type: 'safety.continue' });
    actor.send({ type: 'page.visit', page: { kind: 'step', stepId: 'suicidal-thoughts-now' } });
    actor.send({ type: 'page.visit', page: afterPhq9 });
    actor.send({ type: 'safety.continue' });
    expect(actor.getSnapshot().context.currentStepId).toBe('suicidal-thoughts-now');
  });

  it('shows the crisis page for "yes" to the direct question, and not for "no"', () => {
    const { visited } = runForward(answersOf('thoughtsOfSuicide'));
    expect(visited.filter((page) => page === 'safety')).toHaveLength(2);
    expect(visited[visited.indexOf('suicidal-thoughts-now') + 1]).toBe('safety');
    expect(runForward({ ...answersOf('nothingToDiscuss') }).visited).not.toContain('safety');
  });

  it('returns to check answers after changing an answer, through the crisis page if the change calls for it', () => {
    const actor = started({ answers: answersOf('nothingToDiscuss') });
    expect(actor.getSnapshot().matches({ questionnaire: 'checkingAnswers' })).toBe(true);
    actor.send(changeEvent('ride-home'));
    expect(actor.getSnapshot().matches({ questionnaire: { answering: 'changing' } })).toBe(true);
    actor.send(continueEvent('ride-home', { rideHome: 'no' }));
    expect(actor.getSnapshot().matches({ questionnaire: 'checkingAnswers' })).toBe(true);
    expect(actor.getSnapshot().context.answers.rideHome).toBe('no');

    actor.send(changeEvent('phq9'));
    actor.send(continueEvent('phq9', { ...answersOf('nothingToDiscuss'), phq9SelfHarm: 'nearlyEveryDay' }));
    expect(actor.getSnapshot().value).toBe('safety');
    expect(currentPage(actor.getSnapshot())).toEqual({ kind: 'safety', then: { kind: 'checkAnswers' } });
    actor.send({ type: 'safety.continue' });
    expect(actor.getSnapshot().matches({ questionnaire: 'checkingAnswers' })).toBe(true);
  });

  it('names the answer being changed on the way back to check answers, and forgets it once check answers is left', () => {
    const actor = started({ answers: answersOf('nothingToDiscuss') });
    expect(actor.getSnapshot().context.changedFieldId).toBeUndefined();
    actor.send({ type: 'answers.change', stepId: 'prior-ketamine', fieldId: 'priorKetamine' });
    actor.send(continueEvent('prior-ketamine', { priorKetamine: 'yes' }));
    actor.send(continueEvent('prior-ketamine-details', {}));
    expect(actor.getSnapshot().matches({ questionnaire: 'checkingAnswers' })).toBe(true);
    expect(actor.getSnapshot().context.changedFieldId).toBe('priorKetamine');
    actor.send({ type: 'answers.confirm' });
    actor.send({ type: 'summary.review' });
    expect(actor.getSnapshot().context.changedFieldId).toBeUndefined();
    actor.send({ type: 'answers.change', stepId: 'age', fieldId: 'age' });
    actor.send({ type: 'page.visit', page: { kind: 'step', stepId: 'sex-at-birth' } });
    expect(actor.getSnapshot().context.changedFieldId).toBeUndefined();
    for (const away of [{ type: 'page.visit', page: { kind: 'start' } }, { type: 'page.visit', page: { kind: 'summary' } }, { type: 'screening.clear' }] as const) {
      actor.send({ type: 'page.visit', page: { kind: 'checkAnswers' } });
      actor.send({ type: 'answers.change', stepId: 'age', fieldId: 'age' });
      actor.send(away);
      expect(actor.getSnapshot().context.changedFieldId, away.type).toBeUndefined();
    }
  });

  it('returns to the row changed after a crisis page that the change brought up', () => {
    const actor = started({ answers: answersOf('nothingToDiscuss') });
    actor.send({ type: 'answers.change', stepId: 'suicidal-thoughts-now', fieldId: 'suicidalThoughtsNow' });
    actor.send(continueEvent('suicidal-thoughts-now', { suicidalThoughtsNow: 'yes' }));
    expect(actor.getSnapshot().value).toBe('safety');
    actor.send({ type: 'safety.continue' });
    expect(actor.getSnapshot().matches({ questionnaire: 'checkingAnswers' })).toBe(true);
    expect(actor.getSnapshot().context.changedFieldId).toBe('suicidalThoughtsNow');
  });

  it('leads from a crisis page that a change brought up where its address says, after a reload on it', () => {
    const answers = { ...answersOf('nothingToDiscuss'), suicidalThoughtsNow: 'yes' } as const;
    const reloaded = (then: PageAfterSafety) => {
      const actor = createActor(screeningMachine, { input: { answers } }).start();
      actor.send({ type: 'page.visit', page: { kind: 'safety', then } });
      expect(actor.getSnapshot().value).toBe('safety');
      actor.send({ type: 'safety.continue' });
      return actor;
    };
    // Back to check answers, not on through every question from the saved position.
    expect(reloaded({ kind: 'checkAnswers' }).getSnapshot().matches({ questionnaire: 'checkingAnswers' })).toBe(true);
    const changing = reloaded({ kind: 'step', stepId: 'ride-home', changing: true });
    expect(currentPage(changing.getSnapshot())).toEqual({ kind: 'step', stepId: 'ride-home', changing: true });
    changing.send(continueEvent('ride-home', answers));
    expect(changing.getSnapshot().matches({ questionnaire: 'checkingAnswers' })).toBe(true);
    // In order, on to the question it names.
    expect(currentPage(reloaded({ kind: 'step', stepId: 'ride-home' }).getSnapshot())).toEqual({ kind: 'step', stepId: 'ride-home' });
  });

  it('asks the questions a change made apply, then returns to check answers, when check answers is asked for before they are answered', () => {
    const actor = started({ answers: answersOf('nothingToDiscuss') });
    actor.send(changeEvent('sex-at-birth'));
    actor.send(continueEvent('sex-at-birth', { sexAtBirth: 'female' }));
    // Back twice in the browser: to the page changed, then to check answers, which cannot be shown yet.
    actor.send({ type: 'page.visit', page: { kind: 'step', stepId: 'sex-at-birth', changing: true } });
    actor.send({ type: 'page.visit', page: { kind: 'checkAnswers' } });
    expect(currentPage(actor.getSnapshot())).toEqual({ kind: 'step', stepId: 'pregnancy', changing: true });
    actor.send(continueEvent('pregnancy', { pregnant: 'no', planningPregnancy: 'no', breastfeeding: 'no' }));
    expect(actor.getSnapshot().context.currentStepId).toBe('substances-past-year');
    actor.send(continueEvent('substances-past-year', answersOf('nothingToDiscuss')));
    expect(actor.getSnapshot().matches({ questionnaire: 'checkingAnswers' })).toBe(true);
    // The same answers, saved and continued with later.
    const resumed = started({ answers: { ...answersOf('nothingToDiscuss'), sexAtBirth: 'female' } });
    expect(currentPage(resumed.getSnapshot())).toEqual({ kind: 'step', stepId: 'pregnancy', changing: true });
  });

  it('resumes a first pass in order, though an answer changed on the way made a question before it apply', () => {
    const actor = started({ answers: { ...answersBefore('nothingToDiscuss', 'phq9'), sexAtBirth: 'female' } });
    expect(currentPage(actor.getSnapshot())).toEqual({ kind: 'step', stepId: 'pregnancy' });
    actor.send(continueEvent('pregnancy', { pregnant: 'no', planningPregnancy: 'no', breastfeeding: 'no' }));
    expect(actor.getSnapshot().context.currentStepId).toBe('diagnosis');
  });

  it('returns to the row whose Change was pressed after Back and Forward through the change, and to a page\'s own row after another change', () => {
    const female = { pregnant: 'no', planningPregnancy: 'no', breastfeeding: 'no' } as const;
    const actor = started({ answers: answersOf('nothingToDiscuss') });
    actor.send({ type: 'answers.change', stepId: 'sex-at-birth', fieldId: 'sexAtBirth' });
    actor.send(continueEvent('sex-at-birth', { sexAtBirth: 'female' }));
    actor.send({ type: 'page.visit', page: { kind: 'step', stepId: 'sex-at-birth', changing: true } });
    actor.send({ type: 'page.visit', page: { kind: 'step', stepId: 'pregnancy', changing: true } });
    actor.send(continueEvent('pregnancy', female));
    actor.send(continueEvent('substances-past-year', answersOf('nothingToDiscuss')));
    expect(actor.getSnapshot().matches({ questionnaire: 'checkingAnswers' })).toBe(true);
    expect(actor.getSnapshot().context.changedFieldId).toBe('sexAtBirth');
    // Then "Change" on talking therapy, and Back to the page of the change before it.
    actor.send({ type: 'answers.change', stepId: 'psychotherapy', fieldId: 'psychotherapy' });
    actor.send(continueEvent('psychotherapy', answersOf('nothingToDiscuss')));
    actor.send({ type: 'page.visit', page: { kind: 'step', stepId: 'sex-at-birth', changing: true } });
    actor.send(continueEvent('sex-at-birth', { sexAtBirth: 'female' }));
    expect(actor.getSnapshot().context.changedFieldId).toBe('sexAtBirth');
    actor.send({ type: 'page.visit', page: { kind: 'step', stepId: 'age', changing: true } });
    actor.send(continueEvent('age', answersOf('nothingToDiscuss')));
    expect(actor.getSnapshot().matches({ questionnaire: 'checkingAnswers' })).toBe(true);
    expect(actor.getSnapshot().context.changedFieldId).toBe('age');
    // Reloaded on a question the change made apply, the row pressed is not known: none is named.
    const reloaded = createActor(screeningMachine, { input: { answers: { ...answersOf('nothingToDiscuss'), sexAtBirth: 'female' } } }).start();
    reloaded.send({ type: 'page.visit', page: { kind: 'step', stepId: 'pregnancy', changing: true } });
    reloaded.send(continueEvent('pregnancy', female));
    reloaded.send(continueEvent('substances-past-year', answersOf('nothingToDiscuss')));
    expect(reloaded.getSnapshot().matches({ questionnaire: 'checkingAnswers' })).toBe(true);
    expect(reloaded.getSnapshot().context.changedFieldId).toBeUndefined();
  });

  it('returns to the row whose Change was pressed through a crisis page come back to, onto a question the change made apply', () => {
    const actor = started({ answers: answersOf('thoughtsOfSuicide') });
    actor.send({ type: 'answers.change', stepId: 'sex-at-birth', fieldId: 'sexAtBirth' });
    // The drinks in a day are counted for a man now: that question is asked again.
    actor.send(continueEvent('sex-at-birth', { sexAtBirth: 'male' }));
    expect(actor.getSnapshot().context.currentStepId).toBe('substances-past-year');
    actor.send({ type: 'page.visit', page: { kind: 'safety', then: { kind: 'step', stepId: 'substances-past-year', changing: true } } });
    actor.send({ type: 'safety.continue' });
    actor.send(continueEvent('substances-past-year', answersOf('thoughtsOfSuicide')));
    expect(actor.getSnapshot().matches({ questionnaire: 'checkingAnswers' })).toBe(true);
    expect(actor.getSnapshot().context.changedFieldId).toBe('sexAtBirth');
  });

  it('asks a question that a change made relevant before returning to check answers', () => {
    const actor = started({ answers: answersOf('nothingToDiscuss') });
    actor.send(changeEvent('prior-ketamine'));
    actor.send(continueEvent('prior-ketamine', { priorKetamine: 'yes' }));
    expect(actor.getSnapshot().context.currentStepId).toBe('prior-ketamine-details');
    actor.send(continueEvent('prior-ketamine-details', {}));
    expect(actor.getSnapshot().matches({ questionnaire: 'checkingAnswers' })).toBe(true);
  });

  it('returns to check answers from a page opened by "Change", when the browser comes back to it', () => {
    const actor = started({ answers: answersOf('nothingToDiscuss') });
    actor.send({ type: 'page.visit', page: { kind: 'step', stepId: 'ride-home', changing: true } });
    expect(actor.getSnapshot().matches({ questionnaire: { answering: 'changing' } })).toBe(true);
    actor.send(continueEvent('ride-home', answersOf('nothingToDiscuss')));
    expect(actor.getSnapshot().matches({ questionnaire: 'checkingAnswers' })).toBe(true);
    expect(actor.getSnapshot().context.changedFieldId).toBe('rideHome');
    // The same page in order goes on to the next question.
    actor.send({ type: 'page.visit', page: { kind: 'step', stepId: 'ride-home' } });
    actor.send(continueEvent('ride-home', answersOf('nothingToDiscuss')));
    expect(actor.getSnapshot().hasTag('questionPage')).toBe(true);
  });

  it('goes back from a question a change made relevant to the page before it, not to check answers with that question unanswered', () => {
    const actor = started({ answers: answersOf('nothingToDiscuss') });
    actor.send(changeEvent('sex-at-birth'));
    actor.send(continueEvent('sex-at-birth', { sexAtBirth: 'female' }));
    expect(actor.getSnapshot().context.currentStepId).toBe('pregnancy');
    actor.send({ type: 'step.back' });
    expect(actor.getSnapshot().context.currentStepId).toBe('sex-at-birth');
    expect(actor.getSnapshot().hasTag('questionPage')).toBe(true);
    // Still changing: Continue leads to the question that now applies, then back to check answers.
    actor.send(continueEvent('sex-at-birth', { sexAtBirth: 'female' }));
    expect(actor.getSnapshot().context.currentStepId).toBe('pregnancy');
    actor.send(continueEvent('pregnancy', { pregnant: 'no', planningPregnancy: 'no', breastfeeding: 'no' }));
    // The drinks in a day are now counted for a woman: that page is asked again.
    expect(actor.getSnapshot().context.currentStepId).toBe('substances-past-year');
    actor.send(continueEvent('substances-past-year', answersOf('nothingToDiscuss')));
    expect(actor.getSnapshot().matches({ questionnaire: 'checkingAnswers' })).toBe(true);
  });

  it('never shows check answers or the summary while a question that applies is unanswered', () => {
    const actor = started({ answers: answersOf('nothingToDiscuss') });
    actor.send(changeEvent('sex-at-birth'));
    actor.send(continueEvent('sex-at-birth', { sexAtBirth: 'female' }));
    actor.send({ type: 'step.back' });
    actor.send({ type: 'answers.confirm' });
    expect(actor.getSnapshot().value).not.toBe('summary');
    expect(actor.getSnapshot().matches({ questionnaire: 'checkingAnswers' })).toBe(false);
  });

  it('drops answers to questions that a change made irrelevant', () => {
    const actor = started({ answers: answersOf('manyCautions') });
    actor.send(changeEvent('sex-at-birth'));
    actor.send(continueEvent('sex-at-birth', { sexAtBirth: 'male' }));
    const { answers } = actor.getSnapshot().context;
    expect(answers).not.toHaveProperty('pregnant');
    expect(answers).not.toHaveProperty('breastfeeding');
    expect(answers.sexAtBirth).toBe('male');
  });

  it('goes back along the visible path, to the start page from the first question, and to the last question from check answers', () => {
    const actor = started({ answers: answersOf('nothingToDiscuss') });
    actor.send({ type: 'step.back' });
    expect(actor.getSnapshot().context.currentStepId).toBe('current-clinician');
    actor.send({ type: 'step.back' });
    expect(actor.getSnapshot().context.currentStepId).toBe('time-for-course');
    const fresh = started();
    fresh.send({ type: 'step.back' });
    expect(fresh.getSnapshot().value).toBe('start');
  });

  it('returns from "change" with back to check answers, keeping the answer unchanged', () => {
    const actor = started({ answers: answersOf('nothingToDiscuss') });
    actor.send(changeEvent('age'));
    actor.send({ type: 'step.back' });
    expect(actor.getSnapshot().matches({ questionnaire: 'checkingAnswers' })).toBe(true);
    expect(actor.getSnapshot().context.answers.age).toBe(42);
  });

  it('resumes saved answers at the first page still unanswered', () => {
    const { timeForCourse: _t, currentClinician: _c, ...partial } = answersOf('nothingToDiscuss');
    const actor = started({ answers: partial });
    expect(actor.getSnapshot().context.currentStepId).toBe('time-for-course');
  });

  it('clears every answer when the person starts again from the summary', () => {
    const { snapshot } = runForward(answersOf('manyCautions'));
    const actor = createActor(screeningMachine, { snapshot, input: {} }).start();
    actor.send({ type: 'screening.restart' });
    expect(actor.getSnapshot().value).toBe('start');
    expect(actor.getSnapshot().context.answers).toEqual({});
  });
});
