import JSONSchemaValidator from '@asymmetrik/fhir-json-schema-validator';
import { readFileSync } from 'node:fs';
import { beforeAll, describe, expect, it } from 'vitest';
import commonText from '#locales/en/common.json';
import questionnaireText from '#locales/en/questionnaire.json';
import { auditFrequencyPoints, auditSixOrMorePoints, auditTypicalDrinksPoints, scoreAuditC } from '#src/instruments/audit-c.ts';
import { phq9Points, scorePhq9 } from '#src/instruments/phq9.ts';
import { phq9ItemIds, type Answers } from '#src/questionnaire/fields.ts';
import { visibleSteps } from '#src/questionnaire/flow.ts';
import { answersOf, personas, type PersonaName } from '#tests/fixtures/personas.ts';
import { seededCompleteAnswers } from '#tests/fixtures/seeded-answers.ts';
import { extensionUrls } from './fhir-uris.ts';
import type { QuestionnaireItem, QuestionnaireResponse, QuestionnaireResponseItem } from './fhir-types.ts';
import { localeText } from './locale-text.ts';
import { questionnaireResource } from './questionnaire.ts';
import { questionnaireResponseFor, withLocalOffset } from './questionnaire-response.ts';

const text = localeText({ questionnaire: questionnaireText, common: commonText });
const questionnaire = questionnaireResource(text, { version: '1.2.3', date: '2026-11-22' });
const authored = new Date('2026-11-22T10:30:00Z');
const personaNames = Object.keys(personas) as PersonaName[];

/** The answers of the first `pages` pages a person would see: a questionnaire left part way. */
function firstPages(answers: Answers, pages: number): Answers {
  const kept = visibleSteps(answers).slice(0, pages).flatMap((step) => step.fields);
  return Object.fromEntries(Object.entries(answers).filter(([id]) => (kept as string[]).includes(id))) as Answers;
}

/** Each response item beside the Questionnaire item it answers, found by linkId under the matching parent. */
function pairs(items: QuestionnaireResponseItem[], definitions: QuestionnaireItem[] = questionnaire.item): [QuestionnaireResponseItem, QuestionnaireItem | undefined][] {
  return items.flatMap((item) => {
    const definition = definitions.find((each) => each.linkId === item.linkId);
    return [[item, definition] as const, ...pairs(item.item ?? [], definition?.item ?? [])];
  });
}

const valueKeyFor = { choice: 'valueCoding', integer: 'valueInteger', date: 'valueDate', string: 'valueString', text: 'valueString' } as const;

const answerOf = (response: QuestionnaireResponse, linkId: string) =>
  pairs(response.item).find(([item]) => item.linkId === linkId)?.[0].answer;

let validator: JSONSchemaValidator;
beforeAll(() => {
  validator = new JSONSchemaValidator();
}, 30_000);

describe('a FHIR QuestionnaireResponse', () => {
  it.each(personaNames)('is valid FHIR R4 for %s, completed, with and without English text', (name) => {
    expect(validator.validate(questionnaireResponseFor(answersOf(name), { status: 'completed', authored, text }))).toEqual([]);
    expect(validator.validate(questionnaireResponseFor(answersOf(name), { status: 'completed', authored }))).toEqual([]);
  });

  it('is valid FHIR R4 in progress, part way through', () => {
    for (const pages of [1, 7, 12, 30]) {
      const response = questionnaireResponseFor(firstPages(answersOf('manyCautions'), pages), { status: 'in-progress', authored, text });
      expect(validator.validate(response)).toEqual([]);
    }
  });

  it('fails the schema when broken, so the schema checks are not a rubber stamp', () => {
    const response = questionnaireResponseFor(answersOf('nothingToDiscuss'), { status: 'completed', authored, text });
    // Verbose: the raw errors, without the validator recompiling a narrower schema to explain each failure (about 1 s each).
    const errors = (resource: unknown) => validator.validate(resource, true);
    expect(errors(response)).toEqual([]);
    expect(errors({ ...response, status: 'finished' })).not.toEqual([]);
    expect(errors({ ...response, authored: '22/11/2026' })).not.toEqual([]);
    expect(errors({ ...response, item: [{ linkId: 'age', answer: [{ valueString: '' }] }] })).not.toEqual([]);
    expect(errors({ ...response, item: [{ linkId: 'age', answer: [{ valueNumber: 42 }] }] })).not.toEqual([]);
    expect(errors({ ...questionnaire, item: [{ linkId: 'age', type: 'number' }] })).not.toEqual([]);
  });

  it('refers to our Questionnaire by its url and the version in package.json', () => {
    const { version } = JSON.parse(readFileSync('package.json', 'utf8')) as { version: string };
    const response = questionnaireResponseFor({}, { status: 'in-progress', authored });
    expect(response).toEqual({
      resourceType: 'QuestionnaireResponse',
      questionnaire: `urn:ketamine-prescreen:questionnaire|${version}`,
      status: 'in-progress',
      authored: withLocalOffset(authored),
      item: [],
    });
  });

  it.each([
    ['America/New_York', '2026-12-07T04:30:00Z', '2026-12-06T23:30:00-05:00'],
    ['Pacific/Auckland', '2026-12-06T11:30:00Z', '2026-12-07T00:30:00+13:00'],
    ['Asia/Kolkata', '2026-12-06T20:00:00Z', '2026-12-07T01:30:00+05:30'],
    ['UTC', '2026-12-06T23:30:00Z', '2026-12-06T23:30:00+00:00'],
  ])('dates the response as the clock in %s showed it, so its date is the day on the summary', (zone, instant, expected) => {
    const before = process.env.TZ;
    process.env.TZ = zone;
    try {
      expect(withLocalOffset(new Date(instant))).toBe(expected);
    } finally {
      process.env.TZ = before;
    }
  });

  it.each(personaNames)('answers only with linkIds, types and codes of the Questionnaire, for %s', (name) => {
    const response = questionnaireResponseFor(answersOf(name), { status: 'completed', authored, text });
    for (const [item, definition] of pairs(response.item)) {
      expect(definition, item.linkId).toBeDefined();
      if (!definition) continue;
      expect(item.text).toBe(definition.text);
      if (definition.type === 'group') {
        expect(item.answer).toBeUndefined();
        expect(item.item?.length).toBeGreaterThan(0);
        continue;
      }
      expect(definition.type).not.toBe('display');
      const valueKey = valueKeyFor[definition.type as keyof typeof valueKeyFor];
      expect(item.answer?.length).toBeGreaterThan(0);
      if (!definition.repeats) expect(item.answer).toHaveLength(1);
      for (const answer of item.answer ?? []) {
        expect(Object.keys(answer)).toEqual([valueKey]);
        if (answer.valueCoding) {
          const option = definition.answerOption?.find((each) => each.valueCoding.code === answer.valueCoding?.code);
          expect({ ...answer.valueCoding, extension: undefined }).toEqual({ ...option?.valueCoding, extension: undefined });
        }
      }
    }
  });

  it('gives every PHQ-9 and AUDIT-C answer the points of the instrument table', () => {
    const response = questionnaireResponseFor(answersOf('manyCautions'), { status: 'completed', authored });
    const points = (linkId: string) => answerOf(response, linkId)?.[0]?.valueCoding?.extension;
    const answers = answersOf('manyCautions');
    for (const id of phq9ItemIds) {
      expect(points(id)).toEqual([{ url: extensionUrls.ordinalValue, valueDecimal: phq9Points[answers[id] ?? 'notAtAll'] }]);
    }
    expect(points('auditFrequency')?.[0]?.valueDecimal).toBe(auditFrequencyPoints.fourOrMoreTimesAWeek);
    expect(points('auditTypicalDrinks')?.[0]?.valueDecimal).toBe(auditTypicalDrinksPoints.fiveOrSix);
    expect(points('auditSixOrMore')?.[0]?.valueDecimal).toBe(auditSixOrMorePoints.weekly);
    expect(points('phq9Difficulty')).toBeUndefined();
    expect(points('sexAtBirth')).toBeUndefined();
  });

  it.each(personaNames)('states the PHQ-9 and AUDIT-C totals the instruments give, for %s', (name) => {
    const answers = answersOf(name);
    const response = questionnaireResponseFor(answers, { status: 'completed', authored });
    expect(answerOf(response, 'phq9Total')).toEqual([{ valueInteger: scorePhq9(answers)?.total }]);
    expect(answerOf(response, 'auditCTotal')).toEqual([{ valueInteger: scoreAuditC(answers)?.total }]);
  });

  it('states a total only once its instrument is complete', () => {
    const partWay = firstPages(answersOf('nothingToDiscuss'), 6);
    expect(partWay.phq9Interest).toBeUndefined();
    const response = questionnaireResponseFor(partWay, { status: 'in-progress', authored });
    expect(answerOf(response, 'phq9Total')).toBeUndefined();
    expect(answerOf(response, 'auditCTotal')).toBeUndefined();
    // A person who never drinks has a complete AUDIT-C from the first item alone.
    expect(answerOf(questionnaireResponseFor({ auditFrequency: 'never' }, { status: 'in-progress', authored }), 'auditCTotal')).toEqual([
      { valueInteger: 0 },
    ]);
  });

  it('leaves out answers to questions that do not apply, and optional text left blank', () => {
    const answers: Answers = { ...answersOf('nothingToDiscuss'), pregnant: 'yes', recoveryTime: 'lessThan3Months' };
    const linkIds = pairs(questionnaireResponseFor(answers, { status: 'completed', authored }).item).map(([item]) => item.linkId);
    expect(linkIds).not.toContain('pregnant'); // male
    expect(linkIds).not.toContain('recoveryTime'); // never had treatment for substance use
    expect(linkIds).not.toContain('otherMedicines'); // ''
    expect(linkIds).toContain('interactingMedicines');
  });

  it('writes dates to the month, numbers as integers and each trial as its own group', () => {
    const response = questionnaireResponseFor(answersOf('nothingToDiscuss'), { status: 'completed', authored });
    expect(answerOf(response, 'episodeStart')).toEqual([{ valueDate: '2024-03' }]);
    expect(answerOf(response, 'age')).toEqual([{ valueInteger: 42 }]);
    const trials = pairs(response.item).filter(([item]) => item.linkId === 'antidepressantTrials');
    expect(trials).toHaveLength(2);
    expect(trials[0]?.[0].item?.map((item) => item.linkId)).toEqual([
      'antidepressantTrials.medicine',
      'antidepressantTrials.weeks',
      'antidepressantTrials.takenAsPrescribed',
      'antidepressantTrials.effect',
      'antidepressantTrials.outcome',
    ]);
  });

  it('stays valid FHIR R4 with Questionnaire linkIds and types for any answers a journey can give', () => {
    for (let seed = 0; seed < 150; seed++) {
      const response = questionnaireResponseFor(seededCompleteAnswers(seed), { status: 'completed', authored, text });
      expect(validator.validate(response)).toEqual([]);
      for (const [item, definition] of pairs(response.item)) {
        expect(definition?.type, item.linkId).toBeDefined();
        const valueKey = definition && definition.type !== 'group' ? valueKeyFor[definition.type as keyof typeof valueKeyFor] : undefined;
        for (const answer of item.answer ?? []) expect(Object.keys(answer)).toEqual([valueKey]);
      }
    }
  });
});
