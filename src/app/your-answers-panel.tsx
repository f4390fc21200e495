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
      {/* Announced as it changes: keeping the answers on the device, or no longer, changes only this text and the button's.
          A new language makes a new region, as screen readers do not read out a region's first text: it is not news. */}
      <p key={i18n.language} aria-live="polite">{t(!storageAvailable ? 'draft.whereNoStorage' : keepUntil ? 'draft.whereKept' : 'draft.whereSession', { until })}</p>
      {storageAvailable && (
        <button type="button" className="button button--secondary" onClick={() => (keepUntil ? session.stopKeepingOnDevice() : session.keepOnDevice())}>
          {keepUntil ? t('draft.stopKeeping') : t('draft.keep', { count: session.keepDays })}
        </button>
      )}
      {(hasAnswers || keepUntil) && (
        <button
          type="button"
          className="button button--secondary"
          onClick={() => {
            session.clear();
            // The button goes with the answers: focus goes to the page's heading rather than to <body>.
            document.querySelector<HTMLElement>('main h1')?.focus();
          }}
        >
          {t('draft.clear')}
        </button>
      )}
    </aside>
  );
}
