import { describe, expect, it } from 'vitest';
import { answersOf } from '#tests/fixtures/personas.ts';
import {
  answersAfter,
  firstUnansweredStepId,
  nextStepId,
  previousStepId,
  stepSignalsCrisis,
  visibleSteps,
  withoutHiddenAnswers,
} from './flow.ts';
import { stepById } from './steps.ts';

const ids = (name: Parameters<typeof answersOf>[0]) => visibleSteps(answersOf(name)).map((step) => step.id);

describe('which pages a person sees', () => {
  it('asks about pregnancy only when it can apply', () => {
    expect(ids('nothingToDiscuss')).not.toContain('pregnancy'); // male
    expect(ids('manyCautions')).toContain('pregnancy'); // female, 17
    expect(ids('olderAdultOtherBranches')).not.toContain('pregnancy'); // 70
    expect(visibleSteps({ age: 30, sexAtBirth: 'preferNotToSay' }).map((step) => step.id)).toContain('pregnancy');
  });

  it('asks for details only of what was reported', () => {
    expect(ids('thoughtsOfSuicide')).not.toContain('antidepressant-trials');
    expect(ids('nothingToDiscuss')).toContain('antidepressant-trials');
    expect(ids('nothingToDiscuss')).not.toContain('prior-ketamine-details');
    expect(ids('manyCautions')).toContain('prior-ketamine-details');
    expect(ids('olderAdultOtherBranches')).not.toContain('alcohol-amount'); // never drinks
    expect(ids('olderAdultOtherBranches')).toContain('diagnosis-other');
    expect(ids('manyCautions')).toContain('elevated-mood-now');
    expect(ids('nothingToDiscuss')).not.toContain('elevated-mood-now');
    expect(ids('manyCautions')).toContain('blood-pressure-control');
  });

  it('walks one persona in the expected order from first page to last', () => {
    expect(ids('nothingToDiscuss')).toEqual([
      'age', 'sex-at-birth', 'diagnosis', 'episode-start', 'past-episodes', 'hospital-stay', 'phq9',
      'suicidal-thoughts-now', 'tried-antidepressants', 'antidepressant-trials', 'add-on-medicines', 'psychotherapy',
      'brain-stimulation', 'prior-ketamine', 'psychosis', 'family-schizophrenia', 'bipolar', 'memory',
      'alcohol-frequency', 'alcohol-amount', 'substances-past-year', 'dissociative-use', 'stimulant-use',
      'substance-treatment', 'blood-vessels', 'ketamine-allergy', 'heart', 'blood-pressure', 'brain-and-eyes',
      'other-conditions', 'interacting-medicines', 'other-medicines', 'ride-home', 'time-for-course', 'current-clinician',
    ]);
  });
});

describe('moving between pages', () => {
  it('goes back along the path the person took, skipping pages that did not apply', () => {
    const answers = answersOf('nothingToDiscuss');
    expect(previousStepId('diagnosis', answers)).toBe('sex-at-birth'); // no pregnancy page for this person
    expect(previousStepId('psychotherapy', { ...answers, triedAntidepressants: 'no' })).toBe('tried-antidepressants');
    expect(previousStepId('age', answers)).toBeUndefined();
  });

  it('goes forward to the next page that applies', () => {
    expect(nextStepId('sex-at-birth', { age: 30, sexAtBirth: 'female' })).toBe('pregnancy');
    expect(nextStepId('sex-at-birth', { age: 30, sexAtBirth: 'male' })).toBe('diagnosis');
    expect(nextStepId('current-clinician', answersOf('nothingToDiscuss'))).toBeUndefined();
  });

  it('finds the first page still without an answer', () => {
    expect(firstUnansweredStepId({})).toBe('age');
    expect(firstUnansweredStepId(answersOf('manyCautions'))).toBeUndefined();
    const { pregnant: _removed, ...missingPregnancy } = answersOf('manyCautions');
    expect(firstUnansweredStepId(missingPregnancy)).toBe('pregnancy');
  });
});

describe('answers to questions that no longer apply', () => {
  it('are dropped, with the answers that depended on them', () => {
    const answers = { ...answersOf('manyCautions'), sexAtBirth: 'male' as const, priorKetamine: 'no' as const };
    const kept = withoutHiddenAnswers(answers);
    expect(kept).not.toHaveProperty('pregnant');
    expect(kept).not.toHaveProperty('breastfeeding');
    expect(kept).not.toHaveProperty('priorKetamineBadReaction');
    expect(kept.age).toBe(17);
  });
});

describe('answers given to a page worded for earlier answers', () => {
  const answers = answersOf('manyCautions');
  it('are asked again when a change rewords the question: the drinks in a day are counted for one sex', () => {
    const after = answersAfter(answers, { sexAtBirth: 'intersex' });
    expect(after).not.toHaveProperty('tapsHeavyDrinking');
    expect(firstUnansweredStepId(after)).toBe('substances-past-year');
    // The questions beside it read the same for everyone.
    expect(after.tapsTobacco).toBe(answers.tapsTobacco);
    expect(after.auditFrequency).toBe(answers.auditFrequency);
  });
  it('are kept when the page reads the same', () => {
    expect(answersAfter(answers, { sexAtBirth: 'female', age: 30 })).toEqual({ ...answers, age: 30 });
  });
});

describe('the crisis signal', () => {
  it('comes from PHQ-9 item 9 above "not at all" or from the direct question', () => {
    const phq9 = stepById('phq9');
    const base = answersOf('nothingToDiscuss');
    expect(stepSignalsCrisis(phq9, base)).toBe(false);
    for (const value of ['severalDays', 'moreThanHalfTheDays', 'nearlyEveryDay'] as const) {
      expect(stepSignalsCrisis(phq9, { ...base, phq9SelfHarm: value })).toBe(true);
    }
    expect(stepSignalsCrisis(stepById('suicidal-thoughts-now'), { suicidalThoughtsNow: 'yes' })).toBe(true);
    expect(stepSignalsCrisis(stepById('suicidal-thoughts-now'), { suicidalThoughtsNow: 'no' })).toBe(false);
  });
});
