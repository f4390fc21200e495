import { memo, Suspense, useMemo, useState, type ReactNode } from 'react';
import { I18nextProvider, useTranslation } from 'react-i18next';
import { createI18n } from '#src/i18n/i18n.ts';
import { useClinic } from '#src/clinic/clinic-context.ts';
import { offeredFor } from '#src/i18n/locales.ts';
import type { Answers } from '#src/questionnaire/fields.ts';
import { PageHeading } from '#src/ui/page-heading.tsx';
import { PageTitle } from '#src/ui/page-title.tsx';
import { PrintButton } from './print-button.tsx';
import { SummaryDocument } from './summary-document.tsx';
import './summary.css';

const layouts = ['oneAfterTheOther', 'sideBySide'] as const;
type Layout = (typeof layouts)[number];

/**
 * The summary with its language choices. Answers are stored as codes, so the summary can be shown
 * and printed in another language than the one answered in, or in two languages at once. Memoised:
 * the summary is built ahead, and showing it renders its page again, not the summary.
 *
 * The page's h1 comes first, in the page's language, and the choices after it, where a person
 * going on from the focused h1 meets them; each printed copy has its own title in its language.
 * `children`: what to say about the summary before those choices.
 */
export const SummaryView = memo(function SummaryView({ answers, completedOn, children }: { answers: Answers; completedOn: Date; children?: ReactNode }) {
  const { t, i18n } = useTranslation(['common', 'summary']);
  // The summary follows the page's language until a summary language is chosen.
  const [chosenLanguage, setLanguage] = useState<string>();
  const language = chosenLanguage ?? i18n.language;
  const [secondLanguage, setSecondLanguage] = useState('');
  const [layout, setLayout] = useState<Layout>('oneAfterTheOther');
  // A second copy in the summary's language is none, whichever changed: the choice is cleared, not
  // kept out of sight to come back later.
  if (secondLanguage === language) setSecondLanguage('');
  const offered = offeredFor(useClinic().enabledLanguages);
  const instance = useMemo(() => (language === i18n.language ? i18n : createI18n(language)), [language, i18n]);
  const secondInstance = useMemo(() => (secondLanguage ? createI18n(secondLanguage) : undefined), [secondLanguage]);
  const bilingual = secondInstance !== undefined;
  return (
    <>
      {/* The tab is named in the page's language, which may not be the summary's. */}
      <PageTitle page={t('summary:title')} />
      <PageHeading className="heading-l no-print">{t('summary:title')}</PageHeading>
      {children}
      {/* On a phone a long summary puts the button after it many screens down: it is here first too. */}
      <PrintButton />
      {offered.length > 1 && (
        <div className="summary-options no-print">
          <div className="form-group">
            <label className="label" htmlFor="summary-language">
              {t('language.summaryLanguage')}
            </label>
            <select
              id="summary-language"
              className="select"
              value={language}
              onChange={(event) => setLanguage(event.target.value)}
            >
              {offered.map((locale) => (
                <option key={locale.code} value={locale.code} lang={locale.code}>
                  {locale.name}
                </option>
              ))}
            </select>
          </div>
          <div className="form-group">
            <label className="label" htmlFor="summary-second-language">
              {t('language.secondLanguage')}
            </label>
            <select id="summary-second-language" className="select" value={secondLanguage} onChange={(event) => setSecondLanguage(event.target.value)}>
              <option value="">{t('language.noSecondLanguage')}</option>
              {offered
                .filter((locale) => locale.code !== language)
                .map((locale) => (
                  <option key={locale.code} value={locale.code} lang={locale.code}>
                    {locale.name}
                  </option>
                ))}
            </select>
          </div>
          {bilingual && (
            <fieldset className="fieldset form-group">
              <legend className="fieldset__legend">{t('language.layout')}</legend>
              <div className="radios radios--inline">
                {layouts.map((option) => (
                  <div className="radios__item" key={option}>
                    <input
                      className="radios__input"
                      type="radio"
                      id={`summary-layout-${option}`}
                      name="summary-layout"
                      checked={layout === option}
                      onChange={() => setLayout(option)}
                    />
                    <label className="label radios__label" htmlFor={`summary-layout-${option}`}>
                      {t(`language.layouts.${option}`)}
                    </label>
                  </div>
                ))}
              </div>
            </fieldset>
          )}
        </div>
      )}
      <div className={bilingual && layout === 'sideBySide' ? 'summary-pair summary-pair--side-by-side' : 'summary-pair'}>
        <I18nextProvider i18n={instance}>
          <Suspense fallback={null}>
            <SummaryDocument answers={answers} completedOn={completedOn} language={language} />
          </Suspense>
        </I18nextProvider>
        {bilingual && (
          <I18nextProvider i18n={secondInstance}>
            <Suspense fallback={null}>
              <SummaryDocument answers={answers} completedOn={completedOn} language={secondLanguage} secondary />
            </Suspense>
          </I18nextProvider>
        )}
      </div>
    </>
  );
});
