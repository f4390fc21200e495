import { useTranslation } from 'react-i18next';
import { formatAnswer, formatList } from '#src/i18n/format-answer.ts';
import { keys } from '#src/i18n/keys.ts';
import type { Summary } from './build-summary.ts';

/** Each point to discuss with the answers that raised it, why it matters and where that is documented. */
export function DiscussionPoints({ summary }: { summary: Summary }) {
  const { t, i18n } = useTranslation('summary');
  return (
    <section aria-labelledby="points-title">
      <h2 id="points-title" className="heading-m">
        {t('pointsTitle')}
      </h2>
      {summary.points.length === 0 ? (
        <p>{t('noPoints')}</p>
      ) : (
        <>
          <p>{t('pointsLead')}</p>
          <ol className="points">
            {summary.points.map((point) => (
              <li key={point.ruleId} className={`point point--${point.importance}`}>
                <h3 className="heading-s">
                  {t('common:labelValue', {
                    label: t(point.importance === 'important' ? 'importantLabel' : 'discussLabel'),
                    value: t(keys.ruleTitle(point.ruleId)),
                  })}
                </h3>
                <dl className="point__details">
                  <dt>{t('answerGiven')}</dt>
                  <dd>
                    <ul>
                      {point.fieldIds.map((fieldId) => (
                        <li key={fieldId}>
                          {t('common:labelValue', {
                            label: t(keys.fieldSummaryLabel(fieldId)),
                            value: formatList(formatAnswer(fieldId, summary.answers, t, i18n.language), i18n.language),
                          })}
                        </li>
                      ))}
                    </ul>
                  </dd>
                  <dt>{t('whyItMatters')}</dt>
                  <dd>{t(keys.ruleWhy(point.ruleId))}</dd>
                  <dt>{t('sourceLabel')}</dt>
                  <dd>{t(keys.ruleSource(point.ruleId))}</dd>
                </dl>
              </li>
            ))}
          </ol>
        </>
      )}
    </section>
  );
}
