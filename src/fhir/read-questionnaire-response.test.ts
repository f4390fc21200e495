import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import commonText from '#locales/en/common.json';
import questionnaireText from '#locales/en/questionnaire.json';
import { answersSchema, type Answers } from '#src/questionnaire/fields.ts';
import { visibleSteps, withoutHiddenAnswers } from '#src/questionnaire/flow.ts';
import { buildSummary } from '#src/summary/build-summary.ts';
import { answersOf, personas, type PersonaName } from '#tests/fixtures/personas.ts';
import { seededCompleteAnswers, seededRandom } from '#tests/fixtures/seeded-answers.ts';
import type { QuestionnaireResponse, QuestionnaireResponseItem } from './fhir-types.ts';
import { localeText } from './locale-text.ts';
import { questionnaireResponseFor, withLocalOffset } from './questionnaire-response.ts';
import { questionnaireVersion } from './questionnaire-version.ts';
import { answersFromQuestionnaireResponse } from './read-questionnaire-response.ts';

const text = localeText({ questionnaire: questionnaireText, common: commonText });
const authored = new Date('2026-11-22T10:30:00Z');
const personaNames = Object.keys(personas) as PersonaName[];

const written = (answers: Answers, status: 'completed' | 'in-progress' = 'completed') =>
  JSON.stringify(questionnaireResponseFor(answers, { status, authored, text }));

/** A response with one item's answers replaced, wherever it is nested. */
function withAnswer(response: QuestionnaireResponse, linkId: string, answer: unknown): unknown {
  const replace = (items: QuestionnaireResponseItem[]): unknown[] =>
    items.map((item) => (item.linkId === linkId ? { ...item, answer } : { ...item, ...(item.item ? { item: replace(item.item) } : {}) }));
  return { ...response, item: replace(response.item) };
}

const persona = (name: PersonaName) => questionnaireResponseFor(answersOf(name), { status: 'completed', authored, text });

describe('reading a QuestionnaireResponse back', () => {
  it.each(personaNames)('gives the same summary as the answers it was written from, for %s', (name) => {
    const reading = answersFromQuestionnaireResponse(written(answersOf(name)));
    expect(reading).toEqual({ ok: true, answers: withoutHiddenAnswers(answersOf(name)), status: 'completed', authored: withLocalOffset(authored), fromOtherVersion: false });
    expect(reading.ok && buildSummary(reading.answers)).toEqual(buildSummary(answersOf(name)));
  });

  it('gives the same summary for any answers a journey can give', () => {
    fc.assert(
      fc.property(fc.nat(), (seed) => {
        const answers = seededCompleteAnswers(seed);
        const reading = answersFromQuestionnaireResponse(written(answers));
        expect(reading.ok && buildSummary(reading.answers)).toEqual(buildSummary(answers));
      }),
      { numRuns: 300 },
    );
  });

  it('gives back the answers of a questionnaire left part way, so it can be resumed', () => {
    fc.assert(
      fc.property(fc.nat(), (seed) => {
        const complete = seededCompleteAnswers(seed);
        const pages = visibleSteps(complete);
        const cut = 1 + Math.floor(seededRandom(seed)() * (pages.length - 1));
        const kept = pages.slice(0, cut).flatMap((step) => step.fields);
        const partWay = Object.fromEntries(Object.entries(complete).filter(([id]) => (kept as string[]).includes(id))) as Answers;
        const reading = answersFromQuestionnaireResponse(written(partWay, 'in-progress'));
        // Blank optional text on the last pages answered is not in the file, so the person is asked it again.
        const lastPage = pages[cut - 1];
        const blankAtTheEnd = lastPage?.fields.every((id) => partWay[id] === '') ? lastPage.fields : [];
        const expected = Object.fromEntries(Object.entries(partWay).filter(([id]) => !(blankAtTheEnd as string[]).includes(id)));
        expect(reading).toMatchObject({ ok: true, status: 'in-progress' });
        expect(reading.ok && reading.answers).toEqual(expected);
      }),
      { numRuns: 300 },
    );
  });

  it('restores optional text left blank once the person has gone past it', () => {
    const answers = { ...answersOf('nothingToDiscuss') };
    const inProgress = answersFromQuestionnaireResponse(written(answers, 'in-progress'));
    // currentClinician is the last page: nothing after it shows it was seen unless the response is complete.
    expect(inProgress.ok && [inProgress.answers.otherMedicines, inProgress.answers.currentClinician]).toEqual(['', undefined]);
    const completed = answersFromQuestionnaireResponse(written(answers));
    expect(completed.ok && [completed.answers.otherMedicines, completed.answers.currentClinician]).toEqual(['', '']);
  });

  it('reads the parsed resource as well as its text', () => {
    expect(answersFromQuestionnaireResponse(persona('manyCautions'))).toEqual(answersFromQuestionnaireResponse(written(answersOf('manyCautions'))));
  });

  it('drops answers to questions that do not apply, as when a saved draft is read', () => {
    const response = persona('nothingToDiscuss');
    const withHidden = {
      ...response,
      item: response.item.map((group) =>
        group.linkId === 'section.aboutYou'
          ? { ...group, item: [...(group.item ?? []), { linkId: 'pregnant', answer: [{ valueCoding: { system: 'urn:ketamine-prescreen:option-set:yesNoUnsure', code: 'yes' } }] }] }
          : group,
      ),
    };
    const reading = answersFromQuestionnaireResponse(withHidden);
    expect(reading.ok && reading.answers.pregnant).toBeUndefined();
  });

  it('recomputes totals rather than trusting the file', () => {
    const reading = answersFromQuestionnaireResponse(withAnswer(persona('manyCautions'), 'phq9Total', [{ valueInteger: 0 }]));
    expect(reading.ok && buildSummary(reading.answers).phq9?.total).toBe(buildSummary(answersOf('manyCautions')).phq9?.total);
  });

  describe('names the problem', () => {
    it('for text that is not JSON', () => {
      expect(answersFromQuestionnaireResponse('{"resourceType": "QuestionnaireResponse"')).toEqual({ ok: false, problem: 'notJson' });
      expect(answersFromQuestionnaireResponse('')).toEqual({ ok: false, problem: 'notJson' });
    });

    it('for JSON that is not a QuestionnaireResponse', () => {
      for (const json of [{ resourceType: 'Patient', id: 'example', name: [{ family: 'Chalmers' }] }, null, [], 42, 'text']) {
        expect(answersFromQuestionnaireResponse(JSON.stringify(json))).toEqual({ ok: false, problem: 'notAQuestionnaireResponse' });
      }
      expect(answersFromQuestionnaireResponse({ ...persona('nothingToDiscuss'), status: 'finished' })).toEqual({ ok: false, problem: 'notAQuestionnaireResponse' });
      expect(answersFromQuestionnaireResponse({ ...persona('nothingToDiscuss'), authored: 'yesterday' })).toEqual({ ok: false, problem: 'notAQuestionnaireResponse' });
    });

    it('for a response to another questionnaire, or to none', () => {
      const phq9Elsewhere = { ...persona('nothingToDiscuss'), questionnaire: 'http://hl7.org/fhir/us/core/Questionnaire/phq-9-example' };
      expect(answersFromQuestionnaireResponse(phq9Elsewhere)).toEqual({ ok: false, problem: 'otherQuestionnaire' });
      expect(answersFromQuestionnaireResponse({ ...persona('nothingToDiscuss'), questionnaire: 'urn:ketamine-prescreen:questionnaire-2|0.1.0' })).toEqual({
        ok: false,
        problem: 'otherQuestionnaire',
      });
      const { questionnaire: _none, ...unlinked } = persona('nothingToDiscuss');
      expect(answersFromQuestionnaireResponse(unlinked)).toEqual({ ok: false, problem: 'otherQuestionnaire' });
    });

    it('for a file made by another version of the questionnaire whose answers do not read as this one\'s', () => {
      const otherVersion = { ...persona('nothingToDiscuss'), questionnaire: 'urn:ketamine-prescreen:questionnaire|0.0.1' };
      const withAnUnknownQuestion = { ...otherVersion, item: [...otherVersion.item, { linkId: 'section.unknown', item: [] }] };
      expect(answersFromQuestionnaireResponse(withAnUnknownQuestion)).toEqual({ ok: false, problem: 'otherVersion' });
      // Answers another version wrote that this one reads the same are shown.
      expect(answersFromQuestionnaireResponse(otherVersion)).toMatchObject({ ok: true, fromOtherVersion: true });
      expect(answersFromQuestionnaireResponse(persona('nothingToDiscuss'))).toMatchObject({ ok: true, fromOtherVersion: false });
      expect(persona('nothingToDiscuss').questionnaire).toBe(`urn:ketamine-prescreen:questionnaire|${questionnaireVersion}`);
    });

    it('for a file that does not say on which day it was completed, or says a day still to come', () => {
      const { authored: _none, ...undated } = persona('nothingToDiscuss');
      const dated = (day: string) => ({ ...persona('nothingToDiscuss'), authored: day });
      for (const response of [undated, dated('2024'), dated('2024-03'), dated('2999-01-01'), dated(new Date(Date.now() + 3 * 86_400_000).toISOString())]) {
        expect(answersFromQuestionnaireResponse(response)).toEqual({ ok: false, problem: 'badDate' });
      }
      // Today east of Greenwich can be tomorrow in UTC.
      const todayFarEast = new Date(Date.now() + 14 * 3_600_000).toISOString().slice(0, 10);
      for (const day of ['2024-03-01', '2026-11-22T10:30:00+01:00', todayFarEast]) expect(answersFromQuestionnaireResponse(dated(day))).toMatchObject({ ok: true, authored: day });
    });

    it('for an answer changed to a code that is not an option', () => {
      const tampered = withAnswer(persona('nothingToDiscuss'), 'aneurysm', [
        { valueCoding: { system: 'urn:ketamine-prescreen:option-set:yesNoUnsure', code: 'maybe' } },
      ]);
      expect(answersFromQuestionnaireResponse(tampered)).toEqual({ ok: false, problem: 'invalidAnswers' });
    });

    it('for a number out of range', () => {
      expect(answersFromQuestionnaireResponse(withAnswer(persona('nothingToDiscuss'), 'age', [{ valueInteger: 121 }]))).toEqual({
        ok: false,
        problem: 'invalidAnswers',
      });
      expect(answersFromQuestionnaireResponse(withAnswer(persona('nothingToDiscuss'), 'antidepressantTrials.weeks', [{ valueInteger: -1 }]))).toEqual({
        ok: false,
        problem: 'invalidAnswers',
      });
    });

    it('for answers of the wrong shape, system, place or number', () => {
      const base = persona('nothingToDiscuss');
      const invalid = [
        withAnswer(base, 'age', [{ valueString: '42' }]),
        withAnswer(base, 'age', [{ valueInteger: 42 }, { valueInteger: 43 }]),
        withAnswer(base, 'aneurysm', [{ valueCoding: { system: 'urn:ketamine-prescreen:option-set:yesNo', code: 'yes' } }]),
        withAnswer(base, 'aneurysm', []),
        withAnswer(base, 'episodeStart', [{ valueDate: '2024-03-01' }]),
        withAnswer(base, 'episodeStart', [{ valueDate: '2999-01' }]),
        withAnswer(base, 'interactingMedicines', [
          { valueCoding: { system: 'urn:ketamine-prescreen:option-set:interactingMedicines', code: 'none' } },
          { valueCoding: { system: 'urn:ketamine-prescreen:option-set:interactingMedicines', code: 'opioid' } },
        ]),
        { ...base, item: [...base.item, { linkId: 'section.unknown', item: [] }] },
        { ...base, item: [...base.item, base.item[0]] },
        { ...base, item: [{ linkId: 'section.medical', item: [{ linkId: 'age', answer: [{ valueInteger: 42 }] }] }] },
        { ...base, item: [{ linkId: 'section.aboutYou', item: [{ linkId: 'favouriteColour', answer: [{ valueString: 'blue' }] }] }] },
      ];
      for (const response of invalid) expect(answersFromQuestionnaireResponse(response)).toEqual({ ok: false, problem: 'invalidAnswers' });
    });
  });

  it('never throws, whatever it is given', () => {
    fc.assert(
      fc.property(fc.oneof(fc.anything(), fc.string(), fc.json()), (input) => {
        expect(answersFromQuestionnaireResponse(input)).toHaveProperty('ok');
      }),
      { numRuns: 1000 },
    );
  });

  it('never throws, and reads only valid answers, whatever part of a real response is replaced', () => {
    const response = persona('manyCautions');
    const paths: (string | number)[][] = [];
    const collect = (node: unknown, path: (string | number)[]) => {
      paths.push(path);
      if (typeof node !== 'object' || node === null) return;
      for (const [key, child] of Object.entries(node)) collect(child, [...path, Array.isArray(node) ? Number(key) : key]);
    };
    collect(response, []);
    const replaced = (path: (string | number)[], value: unknown): unknown => {
      if (path.length === 0) return value;
      const copy = structuredClone(response) as unknown as Record<string | number, unknown>;
      let node = copy;
      for (const key of path.slice(0, -1)) node = node[key] as Record<string | number, unknown>;
      node[path.at(-1) as string | number] = value;
      return copy;
    };
    fc.assert(
      fc.property(fc.constantFrom(...paths), fc.anything(), (path, value) => {
        const reading = answersFromQuestionnaireResponse(replaced(path, value));
        if (reading.ok) expect(answersSchema.safeParse(reading.answers).success).toBe(true);
      }),
      { numRuns: 1000 },
    );
  });
});
