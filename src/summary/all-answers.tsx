import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import { formatAnswer } from '#src/i18n/format-answer.ts';
import { keys } from '#src/i18n/keys.ts';
import type { Summary } from './build-summary.ts';

/** Every answer given, by section, as the clinician's full record. */
export function AllAnswers({ summary }: { summary: Summary }) {
  // Ids are per summary: a bilingual print shows two on one page.
  const idPrefix = useId();
  const { t, i18n } = useTranslation('summary');
  return (
    <section aria-labelledby={`${idPrefix}-all-answers-title`}>
      <h2 id={`${idPrefix}-all-answers-title`} className="heading-m">
        {t('allAnswersTitle')}
      </h2>
      {summary.sections.map(({ section, rows }) => (
        <section key={section} aria-labelledby={`${idPrefix}-answers-${section}`}>
          <h3 id={`${idPrefix}-answers-${section}`} className="heading-s">
            {t(keys.section(section))}
          </h3>
          <dl className="summary-list">
            {rows.map(({ fieldId }) => (
              <div className="summary-list__row" key={fieldId}>
                <dt className="summary-list__key">{t(keys.fieldSummaryLabel(fieldId))}</dt>
                <dd className="summary-list__value">
                  {formatAnswer(fieldId, summary.answers, t, i18n.language).map((line, index) => (
                    <p key={index}>{line}</p>
                  ))}
                </dd>
              </div>
            ))}
          </dl>
        </section>
      ))}
    </section>
  );
}
