import { useEffect, useState, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { ScreeningActorContext } from '#src/machine/screening-actor-context.ts';
import { leavePage } from '#src/ui/leave-page.ts';
import { usePageShown } from '#src/ui/page-shown.ts';
import { PrintButton } from './print-button.tsx';
import { SummaryView } from './summary-view.tsx';

/** The patient's own summary at the end of the questionnaire; `children` are ways to hand it to the clinic. */
export function SummaryPage({ children }: { children?: ReactNode }) {
  const { t } = useTranslation('summary');
  const actor = ScreeningActorContext.useActorRef();
  const answers = ScreeningActorContext.useSelector((snapshot) => snapshot.context.answers);
  const completedOn = useDayShown();
  return (
    <>
      <SummaryView answers={answers} completedOn={completedOn} />
      <PrintButton />
      {children}
      <div className="button-group no-print">
        <button type="button" className="button button--secondary" onClick={() => leavePage(() => actor.send({ type: 'summary.review' }))}>
          {t('backToCheck')}
        </button>
        <button type="button" className="button button--secondary" onClick={() => actor.send({ type: 'screening.restart' })}>
          {t('startAgain')}
        </button>
      </div>
    </>
  );
}

/**
 * Today, as of when the page appears. The summary is built ahead of time, while the person reads
 * "Check your answers"; if the day has changed since, it is dated the day it is shown.
 */
function useDayShown(): Date {
  const [day, setDay] = useState(() => new Date());
  const shown = usePageShown();
  useEffect(() => {
    if (!shown) return;
    const now = new Date();
    // The clock is the outside system here; no render follows unless the day has changed.
    // eslint-disable-next-line react-hooks/set-state-in-effect
    setDay((built) => (built.toDateString() === now.toDateString() ? built : now));
  }, [shown]);
  return day;
}
