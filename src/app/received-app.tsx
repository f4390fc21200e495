import { lazy, Suspense } from 'react';
import type { ReceivedView } from '#src/handover/received-address.ts';
import { PageFrame } from './page-frame.tsx';

const SharedLinkPage = lazy(() => import('#src/handover/shared-link-page.tsx').then((module) => ({ default: module.SharedLinkPage })));
const OpenFilePage = lazy(() => import('#src/handover/open-file-page.tsx').then((module) => ({ default: module.OpenFilePage })));

/** The frame for someone receiving a summary: no questionnaire, no draft, nothing saved. */
export function ReceivedApp({ view }: { view: ReceivedView }) {
  return (
    <PageFrame>
      <Suspense fallback={null}>{view === 'sharedLink' ? <SharedLinkPage /> : <OpenFilePage />}</Suspense>
    </PageFrame>
  );
}
