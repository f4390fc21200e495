import { lazy, memo, Suspense, useCallback, useEffect, type ReactNode } from 'react';
import type { i18n as I18n } from 'i18next';
import { useTranslation } from 'react-i18next';
import { currentPage, isSamePage, pageKey, type Page } from '#src/machine/page.ts';
import { prepareFormats } from '#src/i18n/intl-formats.ts';
import { laterNamespaces } from '#src/i18n/namespaces.ts';
import { ScreeningActorContext } from '#src/machine/screening-actor-context.ts';
import { CrisisPage } from '#src/safety/crisis-page.tsx';
import { AnswersOnPageContext } from '#src/steps/answers-on-page.ts';
import { StartPage } from '#src/start/start-page.tsx';
import { afterNextPaint } from '#src/ui/after-paint.ts';
import { nextTask } from '#src/ui/next-task.ts';
import { PageShownContext } from '#src/ui/page-shown.ts';
import { lazyPage } from '#src/ui/lazy-page.tsx';
import { DraftNotices } from './draft-notices.tsx';
import { usePageAhead } from './use-page-ahead.ts';
import { PageFrame } from './page-frame.tsx';
import { takeStartRequest } from './start-request.ts';
import { useBrowserSync } from './use-browser-sync.ts';
import { YourAnswersPanel } from './your-answers-panel.tsx';

// Only the start page is needed for the first paint; the form code and the summary arrive
// while the person reads it (prefetched below), which keeps the first load small.
const questionPage = lazyPage(() => import('#src/steps/question-page.tsx').then((module) => module.QuestionPage));
const checkAnswersPage = lazyPage(() => import('#src/check-answers/check-answers-page.tsx').then((module) => module.CheckAnswersPage));
const summaryPage = lazyPage(() => import('#src/summary/summary-page.tsx').then((module) => module.SummaryPage));
const { Page: QuestionPage } = questionPage;
const { Page: CheckAnswersPage } = checkAnswersPage;
const { Page: SummaryPage } = summaryPage;
// Sharing code (compression, QR, FHIR) loads only when the summary is shown.
const HandoverPanel = lazy(() => import('#src/handover/handover-panel.tsx').then((module) => ({ default: module.HandoverPanel })));

/** Fetches and runs the code of every page after the start page. */
export const preloadPages = () => Promise.all([questionPage.preload(), checkAnswersPage.preload(), summaryPage.preload()]);

const pagesReady = new WeakMap<I18n, Promise<unknown>>();

/**
 * Every page's code and text, fetched while the start page is read. Settles, failed or not, once
 * they are here: a page shown before then would suspend, and React keeps a suspended page blank
 * for at least 300 ms. Begun in a task of its own: asked for as the app mounts, it would lengthen
 * the one task that runs all of the app's effects.
 */
function preparePages(i18n: I18n): Promise<unknown> {
  let ready = pagesReady.get(i18n);
  if (!ready) {
    ready = nextTask().then(() => Promise.allSettled([preloadPages(), i18n.loadNamespaces([...laterNamespaces])]));
    pagesReady.set(i18n, ready);
  }
  return ready;
}

/**
 * The page for the machine's current phase. Once it has painted and the browser is idle, the page
 * that most likely comes next is built out of sight, in a box of no height that nobody can reach
 * (content-visibility: hidden, so neither rendered, focusable nor in the accessibility tree, and
 * not printed), so that going forward only has to reveal the box; any other page is built on the turn
 * as usual (decision record 0013).
 */
function CurrentPage() {
  const { i18n } = useTranslation();
  const page = ScreeningActorContext.useSelector(currentPage, isSamePage);
  const { ahead, reconsider } = usePageAhead(page, useCallback(() => preparePages(i18n), [i18n]));
  const pages = ahead ? [page, ahead] : [page];
  return (
    <AnswersOnPageContext value={reconsider}>
      {pages.map((each) => {
        const shown = each === page;
        return (
          <PageShownContext key={pageKey(each)} value={shown}>
            <div ref={shown ? undefined : layOutAhead} className={shown ? 'page' : 'page page--ahead'} aria-hidden={shown ? undefined : true}>
              <PageView page={each} />
            </div>
          </PageShownContext>
        );
      })}
    </AnswersOnPageContext>
  );
}

/**
 * content-visibility: hidden skips the page built ahead's layout, which would then fall on the
 * turn that reveals it: looking up fonts and shaping its text, up to 28 ms of a turn with the CPU
 * slowed 4× (decision record 0013). Asking where its content sits makes the browser lay it out
 * once it is built, while the person reads, and keep that layout under the lock: the turn then
 * lays out 7 objects instead of 40–270. The box stays locked, so nothing in it is ever reachable.
 * The cancel that afterNextPaint returns is the ref's cleanup: a page shown or dropped sooner is
 * left alone.
 */
const layOutAhead = (box: HTMLDivElement) => afterNextPaint(() => void box.lastElementChild?.getBoundingClientRect());

/** One page. It renders again only when it becomes another page: a page built ahead stays as built when it is revealed. */
const PageView = memo(function PageView({ page }: { page: Page }) {
  const actor = ScreeningActorContext.useActorRef();
  const { i18n } = useTranslation();
  const resuming = ScreeningActorContext.useSelector((snapshot) => Object.keys(snapshot.context.answers).length > 0);
  switch (page.kind) {
    case 'start':
      return <StartPage resuming={resuming} onStart={() => void preparePages(i18n).then(() => actor.send({ type: 'screening.start' }))} />;
    case 'safety':
      return <CrisisPage />;
    case 'step':
      return <QuestionPage stepId={page.stepId} />;
    case 'checkAnswers':
      return <CheckAnswersPage />;
    case 'summary':
      return (
        <SummaryPage>
          <Suspense fallback={null}>
            <HandoverPanel />
          </Suspense>
        </SummaryPage>
      );
  }
}, (before, after) => isSamePage(before.page, after.page));

/** The questionnaire: the current page in the frame, with the answers panel beside it, below "Exit this page". */
export function App({ exit }: { exit?: ReactNode }) {
  const actor = ScreeningActorContext.useActorRef();
  const { i18n } = useTranslation();
  useBrowserSync();
  useEffect(() => {
    const ready = preparePages(i18n);
    // After the address has been read: "Start now" pressed on the first paint, before this code arrived.
    if (takeStartRequest()) void ready.then(() => actor.send({ type: 'screening.start' }));
  }, [actor, i18n]);
  // While the person reads a page, not on the turn to the first page that formats answers.
  useEffect(() => afterNextPaint(() => void prepareFormats(i18n.language)), [i18n.language]);
  return (
    <PageFrame aside={<YourAnswersPanel />}>
      {exit}
      <DraftNotices />
      <Suspense fallback={null}>
        <CurrentPage />
      </Suspense>
    </PageFrame>
  );
}
