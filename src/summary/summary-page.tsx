import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { answerLine } from '#src/i18n/format-answer.ts';
import { ScreeningActorContext } from '#src/machine/screening-actor-context.ts';
import { PageHeading } from '#src/ui/page-heading.tsx';
import { usePageTitle } from '#src/ui/use-page-title.ts';
import { AllAnswers } from './all-answers.tsx';
import { buildSummary } from './build-summary.ts';
import { DiscussionPoints } from './discussion-points.tsx';
import { referenceCode } from './reference-code.ts';
import { Scores } from './scores.tsx';
import { TrialsTable } from './trials-table.tsx';
import './summary.css';

const instruments = ['phq9', 'auditC', 'taps1'] as const;

/** The printable, non-diagnostic summary the person brings to the clinician. */
export function SummaryPage() {
  const { t, i18n } = useTranslation(['summary', 'rules', 'questionnaire', 'common']);
  const actor = ScreeningActorContext.useActorRef();
  const answers = ScreeningActorContext.useSelector((snapshot) => snapshot.context.answers);
  const summary = useMemo(() => buildSummary(answers), [answers]);
  const completedOn = useMemo(() => new Intl.DateTimeFormat(i18n.language, { dateStyle: 'long' }).format(new Date()), [i18n.language]);
  usePageTitle(t('title'));
  return (
    <article className="summary">
      <PageHeading>{t('title')}</PageHeading>
      <ul className="summary__meta inline-list">
        <li>{t('completedOn', { date: completedOn })}</li>
        <li>{t('reference', { code: referenceCode(summary.answers) })}</li>
      </ul>
      <div className="disclaimer" role="note" aria-labelledby="disclaimer-title">
        <h2 id="disclaimer-title" className="heading-m">
          {t('disclaimerTitle')}
        </h2>
        <p>{t('disclaimer')}</p>
        <p>{t('unsupervised')}</p>
      </div>
      {summary.crisisFieldIds.length > 0 && (
        <section className="safety-box" aria-labelledby="safety-title">
          <h2 id="safety-title" className="heading-m">
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
      <section className="credits" aria-labelledby="credits-title">
        <h2 id="credits-title" className="heading-s">
          {t('creditsTitle')}
        </h2>
        <ul>
          {instruments.map((instrument) => (
            <li key={instrument}>{t(`credits.${instrument}`)}</li>
          ))}
        </ul>
      </section>
      <div className="button-group no-print">
        <button type="button" className="button" onClick={() => window.print()}>
          {t('print')}
        </button>
        <button type="button" className="button button--secondary" onClick={() => actor.send({ type: 'summary.review' })}>
          {t('backToCheck')}
        </button>
        <button type="button" className="button button--secondary" onClick={() => actor.send({ type: 'screening.restart' })}>
          {t('startAgain')}
        </button>
      </div>
    </article>
  );
}
