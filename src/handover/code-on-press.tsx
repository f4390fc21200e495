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

/**
 * Where a press says that it failed, or what it did when that is not on screen (`done`); present
 * before either, so that screen readers announce it.
 */
export function CodeOnPressStatus({ failed, done }: { failed: boolean; done?: string | undefined }) {
  const { t } = useTranslation('summary');
  return (
    <p role="status" className={failed ? 'error-message' : undefined}>
      {failed ? t('handover.loadFailed') : done}
    </p>
  );
}
