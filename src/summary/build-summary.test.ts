import { describe, expect, it } from 'vitest';
import { answersOf } from '#tests/fixtures/personas.ts';
import { buildSummary } from './build-summary.ts';
import { referenceCode } from './reference-code.ts';

describe('the summary', () => {
  it('counts trials of 6 weeks or more, taken as prescribed, without a large effect', () => {
    const summary = buildSummary(answersOf('nothingToDiscuss'));
    expect(summary.trials).toHaveLength(2);
    expect(summary.adequateTrialsWithoutEnoughImprovement).toBe(2);
    const short = buildSummary(answersOf('manyCautions')); // 4 weeks, adherence not sure
    expect(short.adequateTrialsWithoutEnoughImprovement).toBe(0);
  });

  it('shows the safety box only when an answer brought up the crisis page', () => {
    expect(buildSummary(answersOf('nothingToDiscuss')).crisisFieldIds).toEqual([]);
    expect(buildSummary(answersOf('thoughtsOfSuicide')).crisisFieldIds).toEqual(['phq9SelfHarm', 'suicidalThoughtsNow']);
  });

  it('lists every answer given once, grouped by section in flow order', () => {
    const answers = answersOf('manyCautions');
    const summary = buildSummary(answers);
    const listed = summary.sections.flatMap((section) => section.rows.map((row) => row.fieldId));
    expect([...listed].sort()).toEqual(Object.keys(answers).sort());
    expect(summary.sections.map((section) => section.section)).toEqual([
      'aboutYou', 'depression', 'treatment', 'mentalHealth', 'substanceUse', 'medical', 'medicines', 'practicalities',
    ]);
  });

  it('leaves out answers to questions that did not apply', () => {
    const summary = buildSummary({ ...answersOf('nothingToDiscuss'), pregnant: 'yes' });
    expect(summary.answers).not.toHaveProperty('pregnant');
  });

  it('has a reference code that is the same for the same answers and differs for others', () => {
    const answers = answersOf('nothingToDiscuss');
    expect(referenceCode(answers)).toMatch(/^[0-9A-HJKMNP-TV-Z]{4}-[0-9A-HJKMNP-TV-Z]{4}$/);
    expect(referenceCode({ ...answers })).toBe(referenceCode(answers));
    expect(referenceCode({ ...answers, age: 43 })).not.toBe(referenceCode(answers));
  });
});
