import { useState } from 'react';
import { useTranslation } from 'react-i18next';

/**
 * A press whose work first fetches code that nobody else needs (the FHIR writer, the QR encoder).
 * If that code cannot be fetched, offline for a moment, the press says so instead of doing
 * nothing, and pressing again tries again. Returns the press and whether the last one failed.
 */
export function useCodeOnPress(work: () => Promise<void>): [press: () => void, failed: boolean] {
  const [failed, setFailed] = useState(false);
  const press = () => {
    setFailed(false);
    work().catch(() => setFailed(true));
  };
  return [press, failed];
}

/** Where a failed press says so; present before it fails, so that screen readers announce it. */
export function CodeOnPressStatus({ failed }: { failed: boolean }) {
  const { t } = useTranslation('summary');
  return (
    <p role="status" className="error-message">
      {failed && t('handover.loadFailed')}
    </p>
  );
}
