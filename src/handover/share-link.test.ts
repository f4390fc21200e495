import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { buildSummary } from '#src/summary/build-summary.ts';
import { personas } from '#tests/fixtures/personas.ts';
import { seededCompleteAnswers } from '#tests/fixtures/seeded-answers.ts';
import { isShareFragment } from './received-address.ts';
import { readShareFragment, shareFragment } from './share-link.ts';

const completedOn = '2026-11-22';

describe('share links', () => {
  it.each(Object.entries(personas))('bring back the same summary for %s', async (_name, answers) => {
    const reading = await readShareFragment(`#${await shareFragment({ answers, completedOn })}`);
    expect(reading).toEqual({ ok: true, shared: { answers: buildSummary(answers).answers, completedOn } });
  });

  it('bring back the same summary for any answers a journey can give', async () => {
    await fc.assert(
      fc.asyncProperty(fc.nat(), async (seed) => {
        const answers = seededCompleteAnswers(seed);
        const reading = await readShareFragment(await shareFragment({ answers, completedOn }));
        expect(reading.ok && buildSummary(reading.shared.answers)).toEqual(buildSummary(answers));
      }),
      { numRuns: 200 },
    );
  });

  it('say a link cut short is incomplete', async () => {
    const fragment = await shareFragment({ answers: personas.manyCautions, completedOn });
    for (const keep of [6, 8, 12, fragment.length / 2, fragment.length - 1]) {
      expect(await readShareFragment(fragment.slice(0, keep))).toEqual({ ok: false, problem: 'truncated' });
    }
  });

  it('end on a clear problem, never an exception or other answers, for any damage to the link', async () => {
    const fragment = await shareFragment({ answers: personas.manyCautions, completedOn });
    const intact = { answers: buildSummary(personas.manyCautions).answers, completedOn };
    const damage = fc.array(
      fc.record({ at: fc.nat({ max: fragment.length - 1 }), cut: fc.nat({ max: 4 }), insert: fc.string({ maxLength: 4 }) }),
      { minLength: 1, maxLength: 4 },
    );
    await fc.assert(
      fc.asyncProperty(damage, async (edits) => {
        const damaged = edits.reduce((text, { at, cut, insert }) => text.slice(0, at) + insert + text.slice(at + cut), fragment);
        fc.pre(damaged !== fragment);
        // As the app reads it, from the address's #.
        const reading = await readShareFragment(`#${damaged}`);
        // Deflate ignores the few bits that pad its last byte, so a change there can still read as
        // the same summary; never as another.
        if (reading.ok) expect(reading.shared).toEqual(intact);
      }),
      { numRuns: 500 },
    );
  });

  it('refuse a link whose version or length gained a leading zero, which the app never writes', async () => {
    const fragment = await shareFragment({ answers: personas.manyCautions, completedOn });
    const lengthAt = fragment.indexOf('.') + 1;
    for (const at of ['share='.length, lengthAt]) {
      expect((await readShareFragment(`${fragment.slice(0, at)}0${fragment.slice(at)}`)).ok).toBe(false);
    }
  });

  it('refuse a link whose answers were changed, even when re-compressed correctly', async () => {
    const altered = await shareFragment({ answers: { ...personas.nothingToDiscuss, aneurysm: 'maybe' as never }, completedOn });
    expect(await readShareFragment(altered)).toEqual({ ok: false, problem: 'damaged' });
  });

  it('refuse a link whose answers leave a question that applies unanswered, as a file with them is refused', async () => {
    const { pregnant: _unanswered, ...partial } = personas.manyCautions;
    const incomplete = await shareFragment({ answers: partial, completedOn });
    expect(await readShareFragment(incomplete)).toEqual({ ok: false, problem: 'damaged' });
  });

  it('read a link whose `share=` a mail program percent-encoded or capitalised', async () => {
    const fragment = await shareFragment({ answers: personas.nothingToDiscuss, completedOn });
    const intact = { ok: true, shared: { answers: buildSummary(personas.nothingToDiscuss).answers, completedOn } };
    for (const passedOn of [`#${fragment.replace('share=', 'share%3D')}`, `#${fragment.replace('share=', 'share%3d')}`, `#${fragment.replace('share=', 'SHARE=')}`]) {
      expect(isShareFragment(passedOn)).toBe(true);
      expect(await readShareFragment(passedOn)).toEqual(intact);
    }
    expect(isShareFragment('#main-content')).toBe(false);
  });

  it('refuse a link dated on a day still to come, and accept today east of Greenwich', async () => {
    const datedLink = (day: string) => shareFragment({ answers: personas.nothingToDiscuss, completedOn: day });
    for (const day of ['2999-01-01', new Date(Date.now() + 3 * 86_400_000).toISOString().slice(0, 10)]) {
      expect(await readShareFragment(await datedLink(day))).toEqual({ ok: false, problem: 'damaged' });
    }
    const todayFarEast = new Date(Date.now() + 14 * 3_600_000).toISOString().slice(0, 10);
    expect(await readShareFragment(await datedLink(todayFarEast))).toMatchObject({ ok: true, shared: { completedOn: todayFarEast } });
  });

  it('tell a link from a newer version of the app apart from a damaged one', async () => {
    const fragment = await shareFragment({ answers: personas.nothingToDiscuss, completedOn });
    expect(await readShareFragment(fragment.replace('share=1.', 'share=2.'))).toEqual({ ok: false, problem: 'newerVersion' });
    expect(await readShareFragment('share=1.10.!!!!!!!!!!')).toEqual({ ok: false, problem: 'damaged' });
  });

  it('are recognised by their fragment only', () => {
    expect(isShareFragment('#share=1.2.ab')).toBe(true);
    expect(isShareFragment('#main')).toBe(false);
    expect(isShareFragment('')).toBe(false);
  });
});
