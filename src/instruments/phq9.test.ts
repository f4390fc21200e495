import { describe, expect, it } from 'vitest';
import { answersOf } from '#tests/fixtures/personas.ts';
import { phq9ItemIds } from '#src/questionnaire/fields.ts';
import { phq9Band, scorePhq9 } from './phq9.ts';

const publishedBands: [number, number, string][] = [
  [0, 4, 'minimal'],
  [5, 9, 'mild'],
  [10, 14, 'moderate'],
  [15, 19, 'moderatelySevere'],
  [20, 27, 'severe'],
];

describe('PHQ-9 scoring (Kroenke 2001)', () => {
  it('maps every total from 0 to 27 to its published band', () => {
    for (const [low, high, band] of publishedBands) {
      for (let total = low; total <= high; total++) expect(phq9Band(total), `total ${total}`).toBe(band);
    }
  });

  it('adds 0 to 3 points per item across the nine items, ignoring the difficulty item', () => {
    const allNearlyEveryDay = Object.fromEntries(phq9ItemIds.map((id) => [id, 'nearlyEveryDay']));
    expect(scorePhq9({ ...allNearlyEveryDay, phq9Difficulty: 'notDifficult' })).toEqual({ total: 27, band: 'severe', selfHarmItem: 3 });
    const allNone = Object.fromEntries(phq9ItemIds.map((id) => [id, 'notAtAll']));
    expect(scorePhq9(allNone)).toEqual({ total: 0, band: 'minimal', selfHarmItem: 0 });
  });

  it('scores a persona: 2+3+1+3+1+2+2+0+0 = 14, moderate', () => {
    expect(scorePhq9(answersOf('nothingToDiscuss'))).toEqual({ total: 14, band: 'moderate', selfHarmItem: 0 });
  });

  it('gives no total while any item is unanswered', () => {
    const { phq9Mood: _dropped, ...rest } = answersOf('nothingToDiscuss');
    expect(scorePhq9(rest)).toBeUndefined();
  });
});
