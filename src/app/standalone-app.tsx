import { lazy, Suspense, type ReactNode } from 'react';
import { PageFrame } from './page-frame.tsx';
import type { StandaloneView } from './standalone-view.ts';

const pages = {
  sharedLink: lazy(() => import('#src/handover/shared-link-page.tsx').then((module) => ({ default: module.SharedLinkPage }))),
  openFile: lazy(() => import('#src/handover/open-file-page.tsx').then((module) => ({ default: module.OpenFilePage }))),
  accessibility: lazy(() =>
    import('#src/accessibility/accessibility-statement-page.tsx').then((module) => ({ default: module.AccessibilityStatementPage })),
  ),
};

/**
 * A page outside the questionnaire (a received summary, the accessibility statement): no draft,
 * nothing saved. Every page's footer links to them, so "Exit this page" (`exit`) is there as on the rest.
 */
export function StandaloneApp({ view, exit }: { view: StandaloneView; exit: ReactNode }) {
  const Page = pages[view];
  return (
    <PageFrame>
      {exit}
      <Suspense fallback={null}>
        <Page />
      </Suspense>
    </PageFrame>
  );
}
