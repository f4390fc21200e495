import { memo, Suspense, useMemo, useState, type ReactNode } from 'react';
import { I18nextProvider, useTranslation } from 'react-i18next';
import { createI18n } from '#src/i18n/i18n.ts';
import { useClinic } from '#src/clinic/clinic-context.ts';
import { directionOf, offeredFor } from '#src/i18n/locales.ts';
import type { Answers } from '#src/questionnaire/fields.ts';
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
 * The choices, a print button (on a phone, the one after a long summary is many screens down) and
 * any `notice` about the summary come after its title, in the page's language.
 */
export const SummaryView = memo(function SummaryView({ answers, completedOn, notice }: { answers: Answers; completedOn: Date; notice?: ReactNode }) {
  const { t, i18n } = useTranslation(['common', 'summary']);
  const [language, setLanguage] = useState(i18n.language);
  const [secondLanguage, setSecondLanguage] = useState('');
  const [layout, setLayout] = useState<Layout>('oneAfterTheOther');
  const offered = offeredFor(useClinic().enabledLanguages);
  const instance = useMemo(() => (language === i18n.language ? i18n : createI18n(language)), [language, i18n]);
  const secondInstance = useMemo(() => (secondLanguage ? createI18n(secondLanguage) : undefined), [secondLanguage]);
  const bilingual = secondInstance !== undefined && secondLanguage !== language;
  // Inside the summary, whose language may differ: the page's own language, given again.
  const tools = (
    <I18nextProvider i18n={i18n}>
      <div className="no-print" lang={i18n.language} dir={directionOf(i18n.language)}>
        {notice}
        <PrintButton />
        {offered.length > 1 && (
          <div className="summary-options">
            <div className="form-group">
              <label className="label" htmlFor="summary-language">
                {t('language.summaryLanguage')}
              </label>
              <select
                id="summary-language"
                className="select"
                value={language}
                onChange={(event) => {
                  setLanguage(event.target.value);
                  // A second copy in the same language is none: the choice is cleared, not kept out of sight to come back later.
                  if (event.target.value === secondLanguage) setSecondLanguage('');
                }}
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
      </div>
    </I18nextProvider>
  );
  return (
    <>
      {/* The tab is named in the page's language, which may not be the summary's. */}
      <PageTitle page={t('summary:title')} />
      <div className={bilingual && layout === 'sideBySide' ? 'summary-pair summary-pair--side-by-side' : 'summary-pair'}>
        <I18nextProvider i18n={instance}>
          <Suspense fallback={null}>
            <SummaryDocument answers={answers} completedOn={completedOn} language={language}>
              {tools}
            </SummaryDocument>
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
