import { keys } from '#src/i18n/keys.ts';
import { fields, type Answers, type FieldId } from '#src/questionnaire/fields.ts';
import { withoutHiddenAnswers } from '#src/questionnaire/flow.ts';
import type { FieldSpec, MonthYear } from '#src/questionnaire/question-kinds.ts';
import type { TreatmentTrial } from '#src/questionnaire/treatment-trial.ts';
import { questionnaireUrl } from './fhir-uris.ts';
import type { Coding, QuestionnaireResponse, QuestionnaireResponseItem } from './fhir-types.ts';
import { withText, type TextLookup } from './locale-text.ts';
import { fieldOptionSet, optionCoding, type OptionSet } from './option-codings.ts';
import { questionnaireLayout, type LayoutEntry } from './questionnaire-layout.ts';
import { questionnaireVersion } from './questionnaire-version.ts';
import { ordinalValue } from './scored-items.ts';
import { trialPartLinkId, trialPartNames, trialParts } from './trial-parts.ts';

export interface ResponseOptions {
  status: 'completed' | 'in-progress';
  authored: Date;
  /**
   * English text, to add item `text` and coding `display` for readers without the Questionnaire.
   * Without it the response carries codes only, which is all our reader and the Questionnaire need,
   * and no locale has to be loaded to write it (ADR 0008).
   */
  text?: TextLookup;
}

/**
 * The answers as a FHIR R4 QuestionnaireResponse to our Questionnaire: only questions that apply
 * and were answered, in the Questionnaire's groups and order, with the PHQ-9 and AUDIT-C totals
 * once every item of the instrument is answered.
 */
export function questionnaireResponseFor(given: Answers, { status, authored, text }: ResponseOptions): QuestionnaireResponse {
  const answers = withoutHiddenAnswers(given);
  return {
    resourceType: 'QuestionnaireResponse',
    ...(text ? { language: 'en' } : {}),
    questionnaire: `${questionnaireUrl}|${questionnaireVersion}`,
    status,
    authored: withLocalOffset(authored),
    item: questionnaireLayout.flatMap(({ section, linkId, entries }) => {
      const item = entries.flatMap((entry) => entryItems(entry, answers, text));
      // An empty group is not an answer; FHIR asks for unanswered items to be left out.
      return item.length === 0 ? [] : [{ linkId, ...withText(text?.(keys.section(section))), item }];
    }),
  };
}

/**
 * The time as the person's own clock showed it, with its offset from UTC (FHIR dateTime allows one),
 * so that the date a reader takes from it is the day on their summary: in UTC, a file saved in the
 * evening west of Greenwich was dated the next day.
 */
export function withLocalOffset(date: Date): string {
  const two = (value: number) => String(Math.abs(value)).padStart(2, '0');
  const offset = -date.getTimezoneOffset();
  const day = `${date.getFullYear()}-${two(date.getMonth() + 1)}-${two(date.getDate())}`;
  return `${day}T${two(date.getHours())}:${two(date.getMinutes())}:${two(date.getSeconds())}${offset < 0 ? '-' : '+'}${two(Math.trunc(offset / 60))}:${two(offset % 60)}`;
}

function entryItems(entry: LayoutEntry, answers: Answers, text: TextLookup | undefined): QuestionnaireResponseItem[] {
  switch (entry.kind) {
    case 'stepTitle':
      return [];
    case 'total': {
      const total = entry.total.score(answers);
      if (total === undefined) return [];
      return [{ linkId: entry.total.linkId, ...(text ? { text: entry.total.code.display } : {}), answer: [{ valueInteger: total }] }];
    }
    case 'field':
      return fieldItems(entry.id, answers, text);
  }
}

function fieldItems(id: FieldId, answers: Answers, text: TextLookup | undefined): QuestionnaireResponseItem[] {
  const field: FieldSpec = fields[id];
  const value = answers[id];
  if (value === undefined) return [];
  const item = { linkId: id, ...withText(text?.(keys.fieldLabel(id))) };
  switch (field.kind) {
    case 'choice':
      return [{ ...item, answer: [{ valueCoding: scoredCoding(fieldOptionSet(field), id, value as string, text) }] }];
    case 'multiChoice':
      return [{ ...item, answer: (value as string[]).map((code) => ({ valueCoding: scoredCoding(fieldOptionSet(field), id, code, text) })) }];
    case 'integer':
      return [{ ...item, answer: [{ valueInteger: value as number }] }];
    case 'monthYear':
      return [{ ...item, answer: [{ valueDate: partialDate(value as MonthYear) }] }];
    case 'text':
      // Optional text left blank is stored as ''; FHIR strings cannot be empty, so the item is left out.
      return value === '' ? [] : [{ ...item, answer: [{ valueString: value as string }] }];
    case 'trialList':
      // A repeating group is one item per entry, each with the same linkId (R4 QuestionnaireResponse.item).
      return (value as TreatmentTrial[]).map((trial) => ({ ...item, item: trialItems(id, trial, text) }));
    default: {
      const unreachable: never = field;
      return unreachable;
    }
  }
}

function trialItems(listId: FieldId, trial: TreatmentTrial, text: TextLookup | undefined): QuestionnaireResponseItem[] {
  return trialPartNames.flatMap((part): QuestionnaireResponseItem[] => {
    const value: unknown = (trial as Partial<Record<string, unknown>>)[part];
    if (value === undefined) return [];
    const item = { linkId: trialPartLinkId(listId, part), ...withText(text?.(keys.trialPart(part))) };
    const spec = trialParts[part];
    switch (spec.kind) {
      case 'choice':
        return [{ ...item, answer: [{ valueCoding: optionCoding(spec.optionSet, String(value), text) }] }];
      case 'integer':
        return [{ ...item, answer: [{ valueInteger: Number(value) }] }];
      case 'text':
        return value === '' ? [] : [{ ...item, answer: [{ valueString: String(value) }] }];
    }
  });
}

function scoredCoding(set: OptionSet, id: FieldId, code: string, text: TextLookup | undefined): Coding {
  const extension = ordinalValue(id, code);
  return { ...optionCoding(set, code, text), ...(extension ? { extension } : {}) };
}

/** YYYY-MM, the month-precision form of the FHIR date type. */
function partialDate({ month, year }: MonthYear): string {
  return `${String(year).padStart(4, '0')}-${String(month).padStart(2, '0')}`;
}
