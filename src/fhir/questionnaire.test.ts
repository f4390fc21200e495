import JSONSchemaValidator from '@asymmetrik/fhir-json-schema-validator';
import { beforeAll, describe, expect, it } from 'vitest';
import commonText from '#locales/en/common.json';
import questionnaireText from '#locales/en/questionnaire.json';
import { auditFrequencyPoints, auditSixOrMorePoints, auditTypicalDrinksPoints } from '#src/instruments/audit-c.ts';
import { phq9Points } from '#src/instruments/phq9.ts';
import { fieldIds, phq9ItemIds } from '#src/questionnaire/fields.ts';
import { steps } from '#src/questionnaire/steps.ts';
import { antidepressantOptions } from '#src/questionnaire/treatment-trial.ts';
import { extensionUrls, optionSystem } from './fhir-uris.ts';
import type { QuestionnaireItem } from './fhir-types.ts';
import { localeText } from './locale-text.ts';
import { questionnaireResource } from './questionnaire.ts';

const questionnaire = questionnaireResource(localeText({ questionnaire: questionnaireText, common: commonText }), {
  version: '1.2.3',
  date: '2026-11-22',
});

function allItems(items: QuestionnaireItem[] = questionnaire.item): QuestionnaireItem[] {
  return items.flatMap((item) => [item, ...allItems(item.item ?? [])]);
}
const itemById = (linkId: string) => allItems().find((item) => item.linkId === linkId);
const ordinal = (option: { extension?: { url: string; valueDecimal?: number }[] }) =>
  option.extension?.find((extension) => extension.url === extensionUrls.ordinalValue)?.valueDecimal;

let validator: JSONSchemaValidator;
beforeAll(() => {
  validator = new JSONSchemaValidator();
}, 30_000);

describe('the FHIR Questionnaire', () => {
  it('is valid against the official FHIR R4 JSON schema', () => {
    expect(validator.validate(questionnaire)).toEqual([]);
  });

  it('asks every field once, by its id, in page order', () => {
    // No field is left out: each one is a question a clinician may receive an answer to.
    const asked = allItems()
      .map((item) => item.linkId)
      .filter((linkId) => (fieldIds as string[]).includes(linkId));
    expect(asked).toEqual(steps.flatMap((step) => step.fields));
    expect(new Set(asked).size).toBe(fieldIds.length);
  });

  it('groups the questions by section, then lists only page titles, totals and trial entries besides', () => {
    expect(questionnaire.item.map((item) => [item.linkId, item.type])).toEqual(
      ['aboutYou', 'depression', 'treatment', 'mentalHealth', 'substanceUse', 'medical', 'medicines', 'practicalities'].map((id) => [`section.${id}`, 'group']),
    );
    const others = allItems().filter((item) => !item.linkId.startsWith('section.') && !(fieldIds as string[]).includes(item.linkId));
    for (const item of others) expect(item.linkId).toMatch(/^(step\.[a-z0-9-]+|phq9Total|auditCTotal|antidepressantTrials\.[a-zA-Z]+)$/);
  });

  it('gives every item its English text and every linkId once', () => {
    const items = allItems();
    expect(items.filter((item) => !item.text)).toEqual([]);
    expect(new Set(items.map((item) => item.linkId)).size).toBe(items.length);
    expect(questionnaire.title).toBe(commonText.appName);
    expect(itemById('age')?.text).toBe(questionnaireText.fields.age.label);
    expect(itemById('step.phq9')).toMatchObject({ type: 'display', text: questionnaireText.steps.phq9.title });
    expect(itemById('section.medical')?.text).toBe(commonText.sections.medical);
  });

  it('codes each option in its option set, with the English label as display', () => {
    expect(itemById('pregnant')?.answerOption).toContainEqual({
      valueCoding: { system: optionSystem('yesNoUnsure'), code: 'notSure', display: questionnaireText.options.yesNoUnsure.notSure },
    });
    expect(itemById('addOnMedicines')).toMatchObject({ type: 'choice', repeats: true });
    expect(itemById('addOnMedicines')?.answerOption?.find((option) => option.valueCoding.code === 'none')?.extension).toEqual([
      { url: extensionUrls.optionExclusive, valueBoolean: true },
    ]);
  });

  it('maps each kind of field to its FHIR item type', () => {
    expect(itemById('age')).toMatchObject({ type: 'integer' });
    expect(itemById('episodeStart')).toMatchObject({ type: 'date' });
    expect(itemById('diagnosisOther')).toMatchObject({ type: 'string', maxLength: 200 });
    expect(itemById('otherMedicines')).toMatchObject({ type: 'text', maxLength: 2000 });
    expect(itemById('antidepressantTrials')).toMatchObject({ type: 'group', repeats: true });
  });

  it('carries the published points on every PHQ-9 and AUDIT-C option, and on no other', () => {
    const tables: Record<string, Record<string, number>> = {
      ...Object.fromEntries(phq9ItemIds.map((id) => [id, phq9Points])),
      auditFrequency: auditFrequencyPoints,
      auditTypicalDrinks: auditTypicalDrinksPoints,
      auditSixOrMore: auditSixOrMorePoints,
    };
    for (const item of allItems().filter((each) => each.answerOption)) {
      const table = tables[item.linkId];
      for (const option of item.answerOption ?? []) expect(ordinal(option)).toBe(table?.[option.valueCoding.code]);
    }
    expect(itemById('phq9SelfHarm')?.answerOption?.map(ordinal)).toEqual([0, 1, 2, 3]);
  });

  it('mirrors each antidepressant trial entry in a repeating group', () => {
    const trialList = itemById('antidepressantTrials');
    expect(trialList?.item?.map((item) => [item.linkId, item.type])).toEqual([
      ['antidepressantTrials.medicine', 'choice'],
      ['antidepressantTrials.otherName', 'string'],
      ['antidepressantTrials.weeks', 'integer'],
      ['antidepressantTrials.takenAsPrescribed', 'choice'],
      ['antidepressantTrials.effect', 'choice'],
      ['antidepressantTrials.outcome', 'choice'],
    ]);
    expect(itemById('antidepressantTrials.medicine')?.answerOption?.map((option) => option.valueCoding.code)).toEqual([...antidepressantOptions]);
    expect(itemById('antidepressantTrials.medicine')?.answerOption?.[0]?.valueCoding.display).toBe(questionnaireText.medicines.names.citalopram);
  });

  it('states no condition it cannot state exactly: only the other medicine name has enableWhen', () => {
    expect(allItems().filter((item) => item.enableWhen).map((item) => item.linkId)).toEqual(['antidepressantTrials.otherName']);
    expect(allItems().filter((item) => 'required' in item)).toEqual([]);
  });

  it('lists the totals read-only, after the last item of their instrument', () => {
    const depression = questionnaire.item.find((item) => item.linkId === 'section.depression')?.item?.map((item) => item.linkId) ?? [];
    expect(depression.indexOf('phq9Total')).toBe(depression.indexOf('phq9SelfHarm') + 1);
    expect(itemById('phq9Total')).toMatchObject({ type: 'integer', readOnly: true, code: [{ system: 'http://loinc.org', code: '44261-6' }] });
    const substances = questionnaire.item.find((item) => item.linkId === 'section.substanceUse')?.item?.map((item) => item.linkId) ?? [];
    expect(substances.indexOf('auditCTotal')).toBe(substances.indexOf('auditSixOrMore') + 1);
    expect(itemById('auditCTotal')).toMatchObject({ type: 'integer', readOnly: true, code: [{ system: 'http://loinc.org', code: '75626-2' }] });
  });
});
