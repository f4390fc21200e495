import { useTranslation } from 'react-i18next';
import { ScreeningActorContext } from '#src/machine/screening-actor-context.ts';
import { useDraftSession } from './draft-session-context.ts';
import { useDraftStatus } from './draft-status.ts';

/** On every page: where the answers are kept, the choice to keep them on the device, and "Clear my answers". */
export function YourAnswersPanel() {
  const { t, i18n } = useTranslation('common');
  const session = useDraftSession();
  const { storageAvailable, keepUntil } = useDraftStatus(session.status);
  const hasAnswers = ScreeningActorContext.useSelector((snapshot) => Object.keys(snapshot.context.answers).length > 0);
  const until = keepUntil ? new Intl.DateTimeFormat(i18n.language, { dateStyle: 'long', timeStyle: 'short' }).format(new Date(keepUntil)) : '';
  return (
    <aside className="your-answers no-print" aria-labelledby="your-answers-title">
      <h2 id="your-answers-title" className="heading-s">
        {t('draft.title')}
      </h2>
      {!storageAvailable ? (
        <p>{t('draft.whereNoStorage')}</p>
      ) : keepUntil ? (
        <>
          <p>{t('draft.whereKept', { until })}</p>
          <button type="button" className="button button--secondary" onClick={() => session.stopKeepingOnDevice()}>
            {t('draft.stopKeeping')}
          </button>
        </>
      ) : (
        <>
          <p>{t('draft.whereSession')}</p>
          <button type="button" className="button button--secondary" onClick={() => session.keepOnDevice()}>
            {t('draft.keep', { count: session.keepDays })}
          </button>
        </>
      )}
      {(hasAnswers || keepUntil) && (
        <button type="button" className="button button--secondary" onClick={() => session.clear()}>
          {t('draft.clear')}
        </button>
      )}
    </aside>
  );
}
