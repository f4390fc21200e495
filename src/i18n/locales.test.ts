import { describe, expect, it } from 'vitest';
import { fieldIds, fields } from '#src/questionnaire/fields.ts';
import { antidepressantOptions, antidepressantsByClass, trialOptionSets } from '#src/questionnaire/treatment-trial.ts';
import { sections, steps } from '#src/questionnaire/steps.ts';
import { discussionRules } from '#src/summary/discussion-rules.ts';
import { createI18n } from './i18n.ts';
import { checkLocale, localeFolders, readLocale } from '#scripts/i18n-check.mjs';
import { keys } from './keys.ts';

const languages = localeFolders();
const localeStrings = (language: string) => readLocale(language).strings;

/** Every key the code builds from question ids, so a missing translation fails here, not on screen. */
function keysUsedByContent(): string[] {
  const used = [
    ...steps.map((step) => keys.stepTitle(step.id)),
    ...sections.map((section) => keys.section(section)),
    ...fieldIds.flatMap((id) => [keys.fieldLabel(id), keys.fieldSummaryLabel(id)]),
    ...fieldIds.flatMap((id) => {
      const field = fields[id];
      return field.kind === 'choice' || field.kind === 'multiChoice' ? field.options.map((value) => keys.option(field.optionSet, value)) : [];
    }),
    ...antidepressantOptions.map((code) => keys.medicine(code)),
    ...Object.keys(antidepressantsByClass).map((code) => keys.medicineClass(code)),
    ...Object.keys(trialOptionSets).map((part) => keys.trialPart(part)),
    ...discussionRules.flatMap((rule) => [keys.ruleTitle(rule.id), keys.ruleWhy(rule.id), keys.ruleSource(rule.id)]),
  ];
  return used.map((key) => key.replace(':', '.'));
}

describe('locales', () => {
  const english = localeStrings('en');

  it('have English text for every question, option, section and point to discuss', () => {
    const missing = keysUsedByContent().filter((key) => !english[key]);
    expect(missing).toEqual([]);
  });

  it('have no empty strings', () => {
    for (const language of languages) {
      expect(Object.entries(localeStrings(language)).filter(([, text]) => text.trim() === ''), language).toEqual([]);
    }
  });

  it('that are offered each pass the translators\' check: every key, placeholder and plural form', () => {
    for (const language of languages) {
      const { meta, problems } = checkLocale(language);
      if (meta?.status !== 'incomplete') expect(problems, language).toEqual([]);
    }
  });

  it('never give a verdict: no "eligible", "qualify", "approved", "rejected" or diagnosis of the reader', () => {
    const verdict = /\b(in)?eligib|\bqualif(y|ies|ied)\b|\bapproved\b|\brejected\b|\byou have (depression|treatment.resistant|bipolar|psychosis|schizophrenia)\b|\b(high|low) risk\b/i;
    for (const language of languages) {
      expect(Object.entries(localeStrings(language)).filter(([, text]) => verdict.test(text)), language).toEqual([]);
    }
  });

  it('state on the summary that it is not a diagnosis or a medical decision', async () => {
    const i18n = createI18n('en');
    await i18n.loadNamespaces('summary');
    const t = i18n.getFixedT('en', 'summary');
    expect(t('disclaimer')).toMatch(/not a diagnosis or a medical decision/);
    expect(t('disclaimer')).toMatch(/Only a clinician can decide on treatment/);
  });
});
