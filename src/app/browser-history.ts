import type { Actor } from 'xstate';
import { currentPage, isSamePage } from '#src/machine/page.ts';
import type { screeningMachine } from '#src/machine/screening-machine.ts';
import { afterNextPaint } from '#src/ui/after-paint.ts';
import { addressOf, pageAt } from './page-address.ts';

type Browser = Pick<Window, 'location' | 'history' | 'addEventListener' | 'removeEventListener'>;

/**
 * Keeps the browser's history in step with the machine: every page the person moves to gets its
 * own history entry and address, and back, forward or a typed address ask the machine for that
 * page. The machine decides where the person may be; an unreachable address is replaced.
 */
export function connectBrowserHistory(actor: Actor<typeof screeningMachine>, browser: Browser): () => void {
  const here = () => new URL(browser.location.href);
  // An unknown page name is treated like check answers: that, or the first unanswered page if there is one.
  const visit = (address: URL) => actor.send({ type: 'page.visit', page: pageAt(address) ?? { kind: 'checkAnswers' } });

  const opened = here();
  // Started here, before its provider starts it: the opened address must be read against the page
  // the machine shows for it, not its first state, or the address is replaced by the start page's
  // and a reload leaves that behind as an entry of its own.
  actor.start();
  visit(opened);
  let shown = currentPage(actor.getSnapshot());
  // The address of the history entry the app made last, without its fragment.
  let entryAddress = addressOf(shown, opened);
  browser.history.replaceState(null, '', entryAddress);
  // Each page places itself: its top, or the row a person returns to. The browser would put back
  // the scroll of an entry, which is saved only once the next page is on screen, at its top.
  browser.history.scrollRestoration = 'manual';

  let followingBrowser = false;
  // A new history entry holds up the browser's next frame by several milliseconds, so it is added
  // once the new page is on screen.
  const pendingEntries = new Set<() => void>();
  const subscription = actor.subscribe((snapshot) => {
    const page = currentPage(snapshot);
    if (isSamePage(page, shown)) return;
    shown = page;
    if (followingBrowser) return;
    // The address is worked out after the paint too: reading and parsing the current one took
    // half a millisecond of the turn. Until then nothing else changes it, since back or forward
    // cancels the entry.
    const cancel = afterNextPaint(() => {
      pendingEntries.delete(cancel);
      // "Exit this page" replaces the current entry once the other site answers: an entry added
      // meanwhile would be the one replaced, and Back would bring the questionnaire up again.
      if ((browser.history.state as { leaving?: boolean } | null)?.leaving) return;
      entryAddress = addressOf(page, here());
      browser.history.pushState(null, '', entryAddress);
    });
    pendingEntries.add(cancel);
  });
  const cancelPendingEntries = () => {
    for (const cancel of pendingEntries) cancel();
    pendingEntries.clear();
  };
  const onPopState = () => {
    const current = here();
    const currentAddress = `${current.pathname}${current.search}`;
    // A link within the page, such as "Skip to main content", changes only the fragment of the last
    // entry, even while the next page's own entry waits for its paint: the person has not moved.
    // Asking the machine for that address would take them back a page, or end a change.
    if (currentAddress === entryAddress) return;
    // Back or forward within a frame of a page change: the entry for that page is not added after all.
    cancelPendingEntries();
    followingBrowser = true;
    visit(current);
    followingBrowser = false;
    entryAddress = addressOf(shown, current);
    if (entryAddress !== currentAddress) browser.history.replaceState(null, '', entryAddress);
  };
  browser.addEventListener('popstate', onPopState);
  return () => {
    cancelPendingEntries();
    subscription.unsubscribe();
    browser.removeEventListener('popstate', onPopState);
  };
}
