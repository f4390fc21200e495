import { useTranslation } from 'react-i18next';
import { useDraftSession } from './draft-session-context.ts';
import { useDraftStatus } from './draft-status.ts';

/** Tells the person, in plain words, anything that happened to their saved answers. */
export function DraftNotices() {
  const { t } = useTranslation('common');
  const { status } = useDraftSession();
  const { storageAvailable, notice, openElsewhere } = useDraftStatus(status);
  return (
    <div className="notices" aria-live="polite">
      {!storageAvailable && <p className="notice notice--warning">{t('draft.noStorage')}</p>}
      {openElsewhere && <p className="notice notice--warning">{t('draft.openElsewhere')}</p>}
      {notice && <p className="notice">{t(`draft.notices.${notice}`)}</p>}
    </div>
  );
}
