import { continueAddress, opensElsewhere } from '#src/start/continue-address.ts';
import { saveLanguage } from './language-choice.ts';
import { leaveAtOnce } from './leave-at-once.ts';
import { requestStart, startRequested } from './start-request.ts';
import { onTripleShift } from './triple-shift.ts';

/**
 * Signs that someone is using the page, so the app's code had better be ready. Not `scroll`:
 * browsers fire it by themselves (restoring a position, resizing), and a person scrolls by touch,
 * wheel or key anyway.
 */
const firstUse = ['pointermove', 'pointerdown', 'touchstart', 'keydown', 'wheel', 'focusin'] as const;

interface StaticStartPage {
  /** Runs the app's code without showing it yet. */
  prepare: () => void;
  /** Hands the page to the app; fails if the app's code cannot be fetched. */
  takeOver: () => Promise<unknown>;
}

/**
 * The prerendered start page, working before the app has run: "Start now", the language buttons,
 * "Exit this page" and Shift pressed three times. The app's code runs at the person's first touch,
 * key, pointer movement or wheel, so that a page nobody has used yet costs a slow phone nothing (docs/decisions/0011);
 * the app takes the page over when they start or choose a language. Returns the takeover, for
 * reasons found later (a changed clinic.json).
 */
export function runStaticStartPage(root: HTMLElement, { prepare, takeOver }: StaticStartPage): () => void {
  const exitLink = root.querySelector<HTMLAnchorElement>('.exit-this-page a[href]');
  const startLink = `a[href="${continueAddress}"]`;
  const exit = () => exitLink && leaveAtOnce(exitLink.href);
  const leave = (event: Event) => {
    event.preventDefault();
    exit();
  };
  let stopTripleShift = onTripleShift(window, exit);
  const onFirstUse = () => {
    for (const type of firstUse) window.removeEventListener(type, onFirstUse, true);
    prepare();
  };
  for (const type of firstUse) window.addEventListener(type, onFirstUse, { capture: true, passive: true });

  // From the moment the page is handed over until the app has it, or its code fails to arrive.
  let handingOver = false;
  /** `fallback`: what a language press that handed the page over does if the app's code cannot be fetched. */
  const handOver = (fallback?: () => void) => {
    if (handingOver) return;
    handingOver = true;
    stopTripleShift();
    onFirstUse();
    // The app's code could not be fetched: offline for a moment, or a newer version now on the
    // server, whose files have other names. "Start now", if pressed, is followed as a plain link;
    // otherwise the page works as it did, and a press tries again.
    takeOver().catch(() => {
      handingOver = false;
      stopTripleShift = onTripleShift(window, exit);
      if (startRequested()) window.location.assign(continueAddress);
      else fallback?.();
    });
  };
  // "Start now" by pointer, Enter or Space: the link is a button to assistive technology. A press
  // while the app takes the page over, which takes a moment on a slow phone (an impatient double
  // tap, or a press while a changed clinic.json is being put up), must not load the page anew:
  // the app answers it once it has the page. The listeners go with the elements the app replaces.
  const start = (event: Event) => {
    if (event instanceof KeyboardEvent ? event.key !== ' ' : opensElsewhere(event as MouseEvent)) return;
    event.preventDefault();
    requestStart();
    handOver();
  };
  for (const link of root.querySelectorAll(startLink)) {
    link.addEventListener('click', start);
    link.addEventListener('keydown', start);
  }
  for (const button of root.querySelectorAll<HTMLButtonElement>('.language-switcher button[lang]')) {
    button.addEventListener('click', () => {
      if (handingOver) return;
      saveLanguage(window, button.lang);
      handOver(() => window.location.reload());
    });
  }
  exitLink?.addEventListener('click', leave);
  return handOver;
}
