import { useEffect } from 'react';
import { useTranslation } from 'react-i18next';
import { usePageShown } from './page-shown.ts';

/** Names the page in the browser tab, with an "Error:" prefix while the page shows errors. */
export function usePageTitle(page: string, hasErrors = false, enabled = true): void {
  const { t } = useTranslation('common');
  // Plain text for the browser tab: no direction isolates, which some tabs and screen readers show or read.
  const title = t(hasErrors ? 'errorPageTitle' : 'pageTitle', { page, appName: t('appName'), interpolation: { escapeValue: false } });
  const shown = usePageShown();
  useEffect(() => {
    if (enabled && shown) document.title = title;
  }, [title, enabled, shown]);
}
