import fc from 'fast-check';
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { answersOf } from '#tests/fixtures/personas.ts';
import { draftVersion, readDraft, type Draft } from './saved-draft.ts';

const now = new Date('2026-11-22T12:00:00.000Z');
const fixture = (name: string) => readFileSync(new URL(`../../tests/fixtures/drafts/${name}.json`, import.meta.url), 'utf8');
const current: Draft = {
  version: draftVersion,
  draftId: 'draft-1',
  savedAt: now.toISOString(),
  answers: answersOf('manyCautions'),
  page: { kind: 'checkAnswers' },
};

describe('reading a saved draft', () => {
  it('gives back exactly what was saved', () => {
    expect(readDraft(JSON.stringify(current), now)).toEqual({ kind: 'restored', draft: current });
  });

  it('migrates every earlier version: version 1 ({ answers, currentStepId })', () => {
    const result = readDraft(fixture('v1'), now);
    expect(result.kind).toBe('restored');
    if (result.kind !== 'restored') return;
    expect(result.draft.version).toBe(draftVersion);
    expect(result.draft.page).toEqual({ kind: 'step', stepId: 'episode-start' });
    expect(result.draft.answers).toEqual({ age: 35, sexAtBirth: 'female', pregnant: 'no', planningPregnancy: 'no', breastfeeding: 'no', diagnosis: 'depression' });
    expect(result.draft.draftId).not.toBe('');
  });

  it('reads the current version fixture unchanged', () => {
    const result = readDraft(fixture(`v${draftVersion}`), now);
    expect(result).toMatchObject({ kind: 'restored', draft: { page: { kind: 'step', stepId: 'past-episodes' }, answers: { episodeStart: { month: 2, year: 2025 } } } });
  });

  it('sets aside a draft from a newer version, an expired one, and one that is not a draft', () => {
    expect(readDraft(JSON.stringify({ ...current, version: draftVersion + 1 }), now)).toEqual({ kind: 'setAside', reason: 'fromNewerVersion' });
    expect(readDraft(JSON.stringify({ ...current, keepUntil: '2026-11-01T00:00:00.000Z' }), now)).toEqual({ kind: 'setAside', reason: 'expired' });
    for (const text of ['{', 'null', '[]', '"draft"', '{"version":"2"}', '{"version":0}', JSON.stringify({ ...current, draftId: 5 })]) {
      expect(readDraft(text, now), text).toEqual({ kind: 'setAside', reason: 'unreadable' });
    }
  });

  it('sets aside a draft whose times are not times, which the page could not show', () => {
    for (const times of [{ savedAt: 'yesterday' }, { keepUntil: 'soon' }, { keepUntil: '' }, { savedAt: 1764000000000 }]) {
      const text = JSON.stringify({ ...current, ...times });
      expect(readDraft(text, now), text).toEqual({ kind: 'setAside', reason: 'unreadable' });
    }
  });

  it('keeps the answers it can read and drops unknown, tampered or no-longer-applicable ones, saying so', () => {
    const tampered = {
      ...current,
      answers: { ...current.answers, age: 900, aneurysm: 'perhaps', notAQuestion: 'yes', __proto__: { polluted: true }, phq9Mood: ['x'] },
    };
    const result = readDraft(JSON.stringify(tampered), now);
    expect(result.kind).toBe('restored');
    if (result.kind !== 'restored') return;
    expect(result.notice).toBe('someAnswersRemoved');
    expect(result.draft.answers).not.toHaveProperty('age');
    expect(result.draft.answers).not.toHaveProperty('aneurysm');
    expect(result.draft.answers).not.toHaveProperty('notAQuestion');
    expect(result.draft.answers.breastfeeding).toBe('yes');
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
  });

  it('falls back to the start page when the saved page is unknown', () => {
    const result = readDraft(JSON.stringify({ ...current, page: { kind: 'step', stepId: 'no-such-page' } }), now);
    expect(result).toMatchObject({ kind: 'restored', draft: { page: { kind: 'start' } } });
  });

  it('never throws on random damage to the saved text, and always answers with something usable', () => {
    const text = JSON.stringify(current);
    fc.assert(
      fc.property(
        fc.array(fc.record({ at: fc.nat({ max: text.length }), cut: fc.nat({ max: 20 }), insert: fc.string({ maxLength: 8 }) }), { minLength: 1, maxLength: 6 }),
        (edits) => {
          let damaged = text;
          for (const { at, cut, insert } of edits) damaged = damaged.slice(0, at) + insert + damaged.slice(at + cut);
          const result = readDraft(damaged, now);
          expect(['restored', 'setAside']).toContain(result.kind);
          if (result.kind === 'restored') expect(typeof result.draft.answers).toBe('object');
        },
      ),
      { numRuns: 2000 },
    );
  });

  it('never throws on random JSON values', () => {
    fc.assert(
      fc.property(fc.jsonValue(), fc.jsonValue(), (answers, page) => {
        const result = readDraft(JSON.stringify({ ...current, answers, page }), now);
        expect(['restored', 'setAside']).toContain(result.kind);
      }),
      { numRuns: 1000 },
    );
  });
});
