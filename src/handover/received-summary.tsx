import { useTranslation } from 'react-i18next';
import type { Answers } from '#src/questionnaire/fields.ts';
import { PrintButton } from '#src/summary/print-button.tsx';
import { SummaryView } from '#src/summary/summary-view.tsx';
import './handover.css';

/** A summary someone else completed, read-only: under its title, what it is and where it came from, then the summary. */
export function ReceivedSummary({ answers, completedOn, source }: { answers: Answers; completedOn: Date; source: 'link' | 'file' }) {
  const { t } = useTranslation('received');
  return (
    <>
      <SummaryView answers={answers} completedOn={completedOn}>
        <div className="notice no-print">
          <p>{t(`from.${source}`)}</p>
          <p>{t('confidential')}</p>
        </div>
      </SummaryView>
      <PrintButton />
    </>
  );
}
