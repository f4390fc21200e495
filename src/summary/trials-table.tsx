import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import { medicineName } from '#src/i18n/format-answer.ts';
import { keys } from '#src/i18n/keys.ts';
import type { Summary } from './build-summary.ts';

const columns = ['medicine', 'weeks', 'takenAsPrescribed', 'effect', 'outcome'] as const;

/** Antidepressant trials in this episode, and the count that meets the common definition's parts. */
export function TrialsTable({ summary }: { summary: Summary }) {
  // Ids are per summary: a bilingual print shows two on one page.
  const idPrefix = useId();
  const { t, i18n } = useTranslation('summary');
  return (
    <section aria-labelledby={`${idPrefix}-trials-title`}>
      <h2 id={`${idPrefix}-trials-title`} className="heading-m">
        {t('trialsTitle')}
      </h2>
      {summary.trials.length === 0 ? (
        <p>{t('trialsNone')}</p>
      ) : (
        <>
          {/* On a screen too narrow for the table beside whole words, the table scrolls sideways
              rather than break them ("Wee/ks"). Focusable, so that the keyboard scrolls it too. */}
          <div className="table-scroll" role="region" aria-labelledby={`${idPrefix}-trials-caption`} tabIndex={0}>
            <table className="table">
              <caption id={`${idPrefix}-trials-caption`} className="visually-hidden">
                {t('trialsCaption')}
              </caption>
              <thead>
                <tr>
                  {columns.map((column) => (
                    <th scope="col" key={column}>
                      {t(`trialColumns.${column}`)}
                    </th>
                  ))}
                </tr>
              </thead>
              <tbody>
                {summary.trials.map((trial, index) => (
                  <tr key={index}>
                    <th scope="row">{medicineName(trial, t, i18n.language)}</th>
                    <td>{trial.weeks}</td>
                    <td>{t(keys.option('trialTakenAsPrescribed', trial.takenAsPrescribed))}</td>
                    <td>{t(keys.option('trialEffect', trial.effect))}</td>
                    <td>{t(keys.option('trialOutcome', trial.outcome))}</td>
                  </tr>
                ))}
              </tbody>
            </table>
          </div>
          <p>
            <strong>{t('trialsCount', { count: summary.adequateTrialsWithoutEnoughImprovement })}</strong>
          </p>
        </>
      )}
      <p className="hint">{t('trialsDefinition')}</p>
    </section>
  );
}
