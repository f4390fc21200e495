import { useId, useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { useClinic } from '#src/clinic/clinic-context.ts';
import { directionOf } from '#src/i18n/locales.ts';
import { answerLine } from '#src/i18n/format-answer.ts';
import type { Answers } from '#src/questionnaire/fields.ts';
import { AllAnswers } from './all-answers.tsx';
import { buildSummary } from './build-summary.ts';
import { DiscussionPoints } from './discussion-points.tsx';
import { PrintMargins } from './print-margins.tsx';
import { referenceCode } from './reference-code.ts';
import { Scores } from './scores.tsx';
import { TrialsTable } from './trials-table.tsx';

const instruments = ['phq9', 'auditC', 'taps1'] as const;

export interface SummaryDocumentProps {
  answers: Answers;
  /** The day the answers were completed, in the summary's calendar and language. */
  completedOn: Date;
  language: string;
  /** A second language's copy, in a bilingual print: its title is shown on screen too, and it does not name the printed pages. */
  secondary?: boolean;
}

/** The summary itself, in the language of the surrounding i18next instance. */
export function SummaryDocument({ answers, completedOn, language, secondary = false }: SummaryDocumentProps) {
  // Ids are per summary: a bilingual print shows two on one page.
  const idPrefix = useId();
  const { t, i18n } = useTranslation(['summary', 'rules', 'questionnaire', 'common']);
  const clinic = useClinic();
  const summary = useMemo(() => buildSummary(answers, { minimumAge: clinic.minimumAge }), [answers, clinic.minimumAge]);
  const date = useMemo(() => new Intl.DateTimeFormat(i18n.language, { dateStyle: 'long' }).format(completedOn), [i18n.language, completedOn]);
  const code = referenceCode(summary.answers);
  return (
    <article className={secondary ? 'summary summary--second-language' : 'summary'} lang={language} dir={directionOf(language)}>
      {/* A second language's copy in a bilingual print does not name the printed pages. */}
      {!secondary && (
        <PrintMargins
          heading={t('printHeading', { clinic: clinic.name, code, interpolation: { escapeValue: false } })}
          pageOf={t('pageOf', { interpolation: { skipOnVariables: true }, page: '{{page}}', pages: '{{pages}}' })}
          dir={directionOf(language)}
        />
      )}
      {/* The page's h1, in the page's language, is not printed: this title is, in the summary's. */}
      <h2 className={secondary ? 'heading-l' : 'heading-l print-only'}>{t('title')}</h2>
      <ul className="summary__meta inline-list">
        <li>{t('clinic', { name: clinic.name })}</li>
        <li>{t('completedOn', { date })}</li>
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
