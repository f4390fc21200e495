import { Suspense, useId, useMemo, useState } from 'react';
import { I18nextProvider, useTranslation } from 'react-i18next';
import { createI18n } from '#src/i18n/i18n.ts';
import { useClinic } from '#src/clinic/clinic-context.ts';
import { directionOf, offeredFor } from '#src/i18n/locales.ts';
import { answerLine } from '#src/i18n/format-answer.ts';
import { ScreeningActorContext } from '#src/machine/screening-actor-context.ts';
import { PageHeading } from '#src/ui/page-heading.tsx';
import { usePageTitle } from '#src/ui/use-page-title.ts';
import { AllAnswers } from './all-answers.tsx';
import { buildSummary } from './build-summary.ts';
import { DiscussionPoints } from './discussion-points.tsx';
import { usePrintMargins } from './print-margins.ts';
import { referenceCode } from './reference-code.ts';
import { Scores } from './scores.tsx';
import { TrialsTable } from './trials-table.tsx';
import './summary.css';

const instruments = ['phq9', 'auditC', 'taps1'] as const;

/**
 * The printable, non-diagnostic summary the person brings to the clinician. Answers are stored as
 * codes, so the summary can be shown and printed in another language than the one answered in.
 */
export function SummaryPage() {
  const { t, i18n } = useTranslation(['common', 'summary']);
  const actor = ScreeningActorContext.useActorRef();
  const [language, setLanguage] = useState(i18n.language);
  const [secondLanguage, setSecondLanguage] = useState('');
  const offered = offeredFor(useClinic().enabledLanguages);
  const instance = useMemo(() => (language === i18n.language ? i18n : createI18n(language)), [language, i18n]);
  const secondInstance = useMemo(() => (secondLanguage ? createI18n(secondLanguage) : undefined), [secondLanguage]);
  return (
    <>
      {offered.length > 1 && (
        <div className="form-group no-print">
          <label className="label" htmlFor="summary-language">
            {t('language.summaryLanguage')}
          </label>
          <select id="summary-language" className="select" value={language} onChange={(event) => setLanguage(event.target.value)}>
            {offered.map((locale) => (
              <option key={locale.code} value={locale.code} lang={locale.code}>
                {locale.name}
              </option>
            ))}
          </select>
        </div>
      )}
      {offered.length > 1 && (
        <div className="form-group no-print">
          <label className="label" htmlFor="summary-second-language">
            {t('language.secondLanguage')}
          </label>
          <select
            id="summary-second-language"
            className="select"
            value={secondLanguage}
            onChange={(event) => setSecondLanguage(event.target.value)}
          >
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
      )}
      <I18nextProvider i18n={instance}>
        <Suspense fallback={null}>
          <SummaryDocument language={language} />
        </Suspense>
      </I18nextProvider>
      {secondInstance && secondLanguage !== language && (
        // A bilingual print: the same summary again in the second language, starting on a new page.
        <I18nextProvider i18n={secondInstance}>
          <Suspense fallback={null}>
            <SummaryDocument language={secondLanguage} secondary />
          </Suspense>
        </I18nextProvider>
      )}
      <div className="button-group no-print">
        <button type="button" className="button" onClick={() => window.print()}>
          {t('summary:print')}
        </button>
        <button type="button" className="button button--secondary" onClick={() => actor.send({ type: 'summary.review' })}>
          {t('summary:backToCheck')}
        </button>
        <button type="button" className="button button--secondary" onClick={() => actor.send({ type: 'screening.restart' })}>
          {t('summary:startAgain')}
        </button>
      </div>
    </>
  );
}

function SummaryDocument({ language, secondary = false }: { language: string; secondary?: boolean }) {
  // Ids are per summary: a bilingual print shows two on one page.
  const idPrefix = useId();
  const { t, i18n } = useTranslation(['summary', 'rules', 'questionnaire', 'common']);
  const answers = ScreeningActorContext.useSelector((snapshot) => snapshot.context.answers);
  const clinic = useClinic();
  const summary = useMemo(() => buildSummary(answers), [answers]);
  const completedOn = useMemo(() => new Intl.DateTimeFormat(i18n.language, { dateStyle: 'long' }).format(new Date()), [i18n.language]);
  const code = referenceCode(summary.answers);
  usePageTitle(t('title'), false, !secondary);
  usePrintMargins({
    enabled: !secondary,
    heading: t('printHeading', { clinic: clinic.name, code, interpolation: { escapeValue: false } }),
    pageOf: t('pageOf', { interpolation: { skipOnVariables: true }, page: '{{page}}', pages: '{{pages}}' }),
    dir: directionOf(language),
  });
  return (
    <article className={secondary ? 'summary summary--second-language' : 'summary'} lang={language} dir={directionOf(language)}>
      <PageHeading takeFocus={!secondary}>{t('title')}</PageHeading>
      <ul className="summary__meta inline-list">
        <li>{t('clinic', { name: clinic.name })}</li>
        <li>{t('completedOn', { date: completedOn })}</li>
        <li>{t('reference', { code })}</li>
      </ul>
      <div className="disclaimer" role="note" aria-labelledby={`${idPrefix}-disclaimer-title`}>
        <h2 id={`${idPrefix}-disclaimer-title`} className="heading-m">
          {t('disclaimerTitle')}
        </h2>
        <p>{t('disclaimer')}</p>
        <p>{t('unsupervised')}</p>
      </div>
      {summary.crisisFieldIds.length > 0 && (
        <section className="safety-box" aria-labelledby={`${idPrefix}-safety-title`}>
          <h2 id={`${idPrefix}-safety-title`} className="heading-m">
            {t('safetyTitle')}
          </h2>
          <p>{t('safetyText')}</p>
          <ul>
            {summary.crisisFieldIds.map((fieldId) => (
              <li key={fieldId}>{answerLine(fieldId, summary.answers, t, i18n.language)}</li>
            ))}
          </ul>
        </section>
      )}
      <DiscussionPoints summary={summary} />
      <Scores summary={summary} />
      <TrialsTable summary={summary} />
      <AllAnswers summary={summary} />
      <section className="credits" aria-labelledby={`${idPrefix}-credits-title`}>
        <h2 id={`${idPrefix}-credits-title`} className="heading-s">
          {t('creditsTitle')}
        </h2>
        <ul>
          {instruments.map((instrument) => (
            <li key={instrument}>{t(`credits.${instrument}`)}</li>
          ))}
        </ul>
      </section>
    </article>
  );
}
