import { useTranslation } from 'react-i18next';
import { leavePage } from './leave-page.ts';

/** GOV.UK's back link; a button because going back is an event for the machine, not a URL. */
export function BackLink({ onBack }: { onBack: () => void }) {
  const { t } = useTranslation('common');
  return (
    <button type="button" className="back-link" onClick={() => leavePage(onBack)}>
      {t('back')}
    </button>
  );
}
