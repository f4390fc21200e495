import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import { answerLine } from '#src/i18n/format-answer.ts';
import { formatList } from '#src/i18n/format-list.ts';
import { keys } from '#src/i18n/keys.ts';
import type { DiscussionPoint, Summary } from './build-summary.ts';
import type { Importance } from './discussion-rules.ts';

const groups = [
  { importance: 'important', titleKey: 'importantLabel' },
  { importance: 'discuss', titleKey: 'discussLabel' },
] as const satisfies readonly { importance: Importance; titleKey: string }[];

/** Each point to discuss with the answers that raised it, why it matters and where that is documented. */
export function DiscussionPoints({ summary }: { summary: Summary }) {
  // Ids are per summary: a bilingual print shows two on one page.
  const idPrefix = useId();
  const { t } = useTranslation('summary');
  return (
    <section aria-labelledby={`${idPrefix}-points-title`}>
      <h2 id={`${idPrefix}-points-title`} className="heading-m">
        {t('pointsTitle')}
      </h2>
      {summary.points.length === 0 ? (
        // Under the safety box, "none" alone would read as if those thoughts raised nothing.
        <p>{t(summary.crisisFieldIds.length > 0 ? 'noPointsBesideSafety' : 'noPoints')}</p>
      ) : (
        <p>{t('pointsLead')}</p>
      )}
      {groups.map(({ importance, titleKey }) => {
        const points = summary.points.filter((point) => point.importance === importance);
        if (points.length === 0) return null;
        return (
          <section key={importance} aria-labelledby={`${idPrefix}-points-${importance}`} className={`points points--${importance}`}>
            <h3 id={`${idPrefix}-points-${importance}`} className="heading-s">
              {t(titleKey)}
            </h3>
            <ul className="points__list">
              {points.map((point) => (
                <Point key={point.ruleId} point={point} summary={summary} />
              ))}
            </ul>
          </section>
        );
      })}
    </section>
  );
}

function Point({ point, summary }: { point: DiscussionPoint; summary: Summary }) {
  const { t, i18n } = useTranslation('summary');
  return (
    <li className="point">
      <h4 className="point__title">{t(keys.ruleTitle(point.ruleId), { ...summary.policy })}</h4>
      <dl className="point__details">
        <dt>{t('answerGiven')}</dt>
        <dd>
          {formatList(
            point.fieldIds.map((fieldId) => answerLine(fieldId, point.answers, t, i18n.language)),
            i18n.language,
          )}
        </dd>
        <dt>{t('whyItMatters')}</dt>
        <dd>{t(keys.ruleWhy(point.ruleId), { ...summary.policy })}</dd>
        <dt>{t('sourceLabel')}</dt>
        <dd>{t(keys.ruleSource(point.ruleId))}</dd>
      </dl>
    </li>
  );
}
