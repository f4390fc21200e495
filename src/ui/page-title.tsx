import { useEffect, useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { afterNextPaint } from './after-paint.ts';
import { usePageShown } from './page-shown.ts';

/**
 * Names the page in the browser tab, with an "Error:" prefix while the page shows errors. A
 * component that renders nothing, not a hook, so that a page being shown renders this again and
 * not the whole page. The tab is renamed once the page has painted: setting the title costs the
 * browser a millisecond or two that the turn of the page need not wait for, and the page's h1,
 * which takes focus, is what a screen reader announces.
 */
export function PageTitle({ page, hasErrors = false }: { page: string; hasErrors?: boolean }) {
  const { t } = useTranslation('common');
  // Plain text for the browser tab: no direction isolates, which some tabs and screen readers show or read.
  // Memoised: a page built ahead renders this again when it is shown, with the same title.
  const title = useMemo(
    () => t(hasErrors ? 'errorPageTitle' : 'pageTitle', { page, appName: t('appName'), interpolation: { escapeValue: false } }),
    [t, hasErrors, page],
  );
  const shown = usePageShown();
  useEffect(() => {
    if (!shown) return;
    return afterNextPaint(() => {
      document.title = title;
    });
  }, [title, shown]);
  return null;
}
