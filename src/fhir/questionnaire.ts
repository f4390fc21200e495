import { keys } from '#src/i18n/keys.ts';
import { fields, type FieldId } from '#src/questionnaire/fields.ts';
import type { FieldSpec } from '#src/questionnaire/question-kinds.ts';
import { extensionUrls, questionnaireUrl } from './fhir-uris.ts';
import type { AnswerOption, Extension, Questionnaire, QuestionnaireItem } from './fhir-types.ts';
import { withText, type TextLookup } from './locale-text.ts';
import { fieldOptionSet, optionCoding, type OptionSet } from './option-codings.ts';
import { questionnaireLayout, type LayoutEntry } from './questionnaire-layout.ts';
import { ordinalValue } from './scored-items.ts';
import { trialPartLinkId, trialPartNames, trialParts, type TrialPart } from './trial-parts.ts';

/**
 * The questionnaire as a FHIR R4 Questionnaire, in English, generated from the question
 * definitions at build time (questionnaire-plugin.ts).
 *
 * Pages' `showIf` conditions are functions of the answers, and are deliberately not translated
 * into `enableWhen`: a hand-made copy could drift from the code that decides. For the same reason
 * no item is `required`, since a required item behind an untranslated condition would make every
 * complete response look incomplete. The app applies the conditions; a response holds only the
 * questions that applied (ADR 0008).
 */
export function questionnaireResource(text: TextLookup, { version, date }: { version: string; date: string }): Questionnaire {
  const title = text('common:appName');
  return {
    resourceType: 'Questionnaire',
    language: 'en',
    url: questionnaireUrl,
    version,
    name: 'KetaminePrescreen',
    ...(title === undefined ? {} : { title }),
    status: 'active',
    subjectType: ['Patient'],
    date,
    item: questionnaireLayout.map(({ section, linkId, entries }) => ({
      linkId,
      ...withText(text(keys.section(section))),
      type: 'group',
      item: entries.map((entry) => entryItem(entry, text)),
    })),
  };
}

function entryItem(entry: LayoutEntry, text: TextLookup): QuestionnaireItem {
  switch (entry.kind) {
    case 'stepTitle':
      return { linkId: entry.linkId, ...withText(text(keys.stepTitle(entry.stepId))), type: 'display' };
    case 'total':
      return { linkId: entry.total.linkId, text: entry.total.code.display, type: 'integer', code: [entry.total.code], readOnly: true };
    case 'field':
      return fieldItem(entry.id, text);
  }
}

function fieldItem(id: FieldId, text: TextLookup): QuestionnaireItem {
  const field: FieldSpec = fields[id];
  const item = { linkId: id, ...withText(text(keys.fieldLabel(id))) };
  switch (field.kind) {
    case 'choice':
      return { ...item, type: 'choice', answerOption: answerOptions(fieldOptionSet(field), id, text) };
    case 'multiChoice':
      return { ...item, type: 'choice', repeats: true, answerOption: answerOptions(fieldOptionSet(field), id, text) };
    case 'integer':
      return { ...item, type: 'integer', extension: bounds(field.min, field.max) };
    case 'monthYear':
      // Answers are month precision (YYYY-MM), which the date type allows.
      return { ...item, type: 'date' };
    case 'text':
      return { ...item, type: field.multiline ? 'text' : 'string', maxLength: field.maxLength };
    case 'trialList':
      return {
        ...item,
        type: 'group',
        repeats: true,
        extension: [{ url: extensionUrls.maxOccurs, valueInteger: field.maxEntries }],
        item: trialPartNames.map((part) => trialPartItem(id, part, text)),
      };
    default: {
      const unreachable: never = field;
      return unreachable;
    }
  }
}

function trialPartItem(listId: FieldId, part: TrialPart, text: TextLookup): QuestionnaireItem {
  const spec = trialParts[part];
  const item = { linkId: trialPartLinkId(listId, part), ...withText(text(keys.trialPart(part))) };
  switch (spec.kind) {
    case 'choice':
      return { ...item, type: 'choice', answerOption: answerOptions(spec.optionSet, undefined, text) };
    case 'integer':
      return { ...item, type: 'integer', extension: bounds(spec.min, spec.max) };
    case 'text': {
      // A declarative condition inside one entry (the schema keeps the name only for "another medicine"), so it can be stated exactly.
      const medicine = trialParts.medicine.optionSet;
      return {
        ...item,
        type: 'string',
        maxLength: spec.maxLength,
        enableWhen: [
          { question: trialPartLinkId(listId, 'medicine'), operator: '=', answerCoding: optionCoding(medicine, spec.onlyWhenMedicineIs, undefined) },
        ],
      };
    }
  }
}

function answerOptions(set: OptionSet, scoredId: FieldId | undefined, text: TextLookup): AnswerOption[] {
  return set.options.map((code) => {
    const extension = [
      ...(scoredId ? (ordinalValue(scoredId, code) ?? []) : []),
      ...(code === set.exclusive ? [{ url: extensionUrls.optionExclusive, valueBoolean: true }] : []),
    ];
    return { valueCoding: optionCoding(set, code, text), ...(extension.length > 0 ? { extension } : {}) };
  });
}

const bounds = (min: number, max: number): Extension[] => [
  { url: extensionUrls.minValue, valueInteger: min },
  { url: extensionUrls.maxValue, valueInteger: max },
];
