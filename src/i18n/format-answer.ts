import type { TFunction } from 'i18next';
import { fields, type Answers, type FieldId } from '#src/questionnaire/fields.ts';
import type { TreatmentTrial } from '#src/questionnaire/treatment-trial.ts';
import { formatList } from './format-list.ts';
import { monthYearFormat, numberFormat } from './intl-formats.ts';
import { keys } from './keys.ts';
import { isolatedIn } from './locales.ts';

/** "Question: answer" for one field, as the summary lists the answers behind a point or a score. */
export function answerLine(id: FieldId, answers: Answers, t: TFunction, language: string): string {
  return t('common:labelValue', {
    label: t(keys.fieldSummaryLabel(id)),
    value: formatList(formatAnswer(id, answers, t, language), language),
  });
}

/** The name of a medicine in a trial: its translated name, or what the person typed, keeping its own direction. */
export function medicineName(trial: TreatmentTrial, t: TFunction, language: string): string {
  return trial.medicine === 'other' && 'otherName' in trial && trial.otherName ? isolatedIn(language, trial.otherName) : t(keys.medicine(trial.medicine));
}

/** One trial as a line of text, for check-your-answers and the list of every answer. */
export function formatTrial(trial: TreatmentTrial, t: TFunction, language: string): string {
  return [
    medicineName(trial, t, language),
    t('summary:weeks', { count: trial.weeks }),
    `${t(keys.trialPart('takenAsPrescribed'))} ${t(keys.option('trialTakenAsPrescribed', trial.takenAsPrescribed))}`,
    `${t(keys.trialPart('effect'))} ${t(keys.option('trialEffect', trial.effect))}`,
    t(keys.option('trialOutcome', trial.outcome)),
  ].join(' · ');
}

/**
 * An answer as text in the current language. Answers are stored as codes, so the same answers
 * read in any language; whatever a person typed is returned as plain text.
 */
export function formatAnswer(id: FieldId, answers: Answers, t: TFunction, language: string): string[] {
  const field = fields[id];
  const value = answers[id];
  if (value === undefined || value === '') return [t('common:notAnswered')];
  switch (field.kind) {
    case 'choice':
      return [t(keys.option(field.optionSet, value as string))];
    case 'multiChoice':
      return [formatList((value as string[]).map((v) => t(keys.option(field.optionSet, v))), language)];
    case 'integer':
      return [numberFormat(language).format(value as number)];
    case 'text':
      // Typed on its own line: a right-to-left page would otherwise move its edge punctuation.
      return [isolatedIn(language, value as string)];
    case 'monthYear': {
      const { month, year } = value as { month: number; year: number };
      return [monthYearFormat(language).format(Date.UTC(year, month - 1, 1))];
    }
    case 'trialList':
      return (value as TreatmentTrial[]).map((trial) => formatTrial(trial, t, language));
    default: {
      const unreachable: never = field;
      return unreachable;
    }
  }
}
