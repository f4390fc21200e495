import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import { answerLine, formatAnswer } from '#src/i18n/format-answer.ts';
import { formatList } from '#src/i18n/format-list.ts';
import type { Summary } from './build-summary.ts';

/** The PHQ-9 total with its published band and item 9, then the AUDIT-C and TAPS-1 results. */
export function Scores({ summary }: { summary: Summary }) {
  // Ids are per summary: a bilingual print shows two on one page.
  const idPrefix = useId();
  const { t, i18n } = useTranslation('summary');
  const { phq9, auditC, taps1Positive } = summary;
  return (
    <>
      <section aria-labelledby={`${idPrefix}-depression-title`}>
        <h2 id={`${idPrefix}-depression-title`} className="heading-m">
          {t('depressionTitle')}
        </h2>
        {phq9 ? (
          <ul className="plain-list">
            <li>{t('phq9Total', { total: phq9.total })}</li>
            <li>{t('phq9BandLabel', { band: t(`phq9Bands.${phq9.band}`) })}</li>
            <li>{t('phq9Item9', { answer: formatList(formatAnswer('phq9SelfHarm', summary.answers, t, i18n.language), i18n.language) })}</li>
            <li>{t('phq9Note')}</li>
          </ul>
        ) : (
          <p>{t('notComplete')}</p>
        )}
      </section>
      <section aria-labelledby={`${idPrefix}-substance-title`}>
        <h2 id={`${idPrefix}-substance-title`} className="heading-m">
          {t('substanceTitle')}
        </h2>
        <ul className="plain-list">
          {auditC ? (
            <li>
              {t('auditC', { total: auditC.total, threshold: auditC.threshold, basis: t(`auditCBasis.${auditC.thresholdBasis}`) })}
            </li>
          ) : (
            <li>{t('notComplete')}</li>
          )}
          {auditC && <li>{t(auditC.atOrAboveThreshold ? 'auditCResult.positive' : 'auditCResult.negative')}</li>}
          {taps1Positive && taps1Positive.length === 0 && <li>{t('taps1None')}</li>}
          {taps1Positive && taps1Positive.length > 0 && (
            <li>
              {t('taps1')}
              <ul>
                {taps1Positive.map((id) => (
                  <li key={id}>{answerLine(id, summary.answers, t, i18n.language)}</li>
                ))}
              </ul>
            </li>
          )}
        </ul>
      </section>
    </>
  );
}
