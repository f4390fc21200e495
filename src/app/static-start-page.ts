import { continueAddress } from '#src/start/continue-address.ts';
import { saveLanguage } from './language-choice.ts';
import { leaveAtOnce } from './leave-at-once.ts';
import { requestStart } from './start-request.ts';
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
  const exitSelector = '.exit-this-page a[href]';
  const exitLink = root.querySelector<HTMLAnchorElement>(exitSelector);
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

  let handedOver = false;
  // The app's code could not be fetched: offline for a moment, or a newer version now on the
  // server, whose files have other names. "Start now" is then a plain link again.
  let appMissing = false;
  /** `fallback`: what the press that handed the page over does if the app's code cannot be fetched. */
  const handOver = (fallback?: () => void) => {
    if (handedOver) return;
    handedOver = true;
    stopTripleShift();
    onFirstUse();
    root.removeEventListener('click', onClick);
    root.removeEventListener('keydown', onKeyDown);
    // Until the app replaces this page, which takes a moment on a slow phone, pressing "Start now"
    // again (an impatient double tap) must not follow its link and load the page anew, and "Exit
    // this page" must still leave at once. The listeners go with the elements the app replaces.
    for (const link of root.querySelectorAll(startLink)) link.addEventListener('click', (event) => appMissing || event.preventDefault());
    exitLink?.addEventListener('click', leave);
    takeOver().catch(() => {
      appMissing = true;
      stopTripleShift = onTripleShift(window, exit);
      fallback?.();
    });
  };
  const start = (event: Event) => {
    event.preventDefault();
    requestStart();
    handOver(() => window.location.assign(continueAddress));
  };
  const onClick = (event: MouseEvent) => {
    const target = event.target instanceof Element ? event.target : null;
    const language = target?.closest<HTMLButtonElement>('.language-switcher button[lang]');
    if (target?.closest(startLink)) start(event);
    else if (language) {
      saveLanguage(window, language.lang);
      handOver(() => window.location.reload());
    } else if (exitLink && target?.closest(exitSelector)) leave(event);
  };
  // The start link is a button to assistive technology, so Space presses it too.
  const onKeyDown = (event: KeyboardEvent) => {
    if (event.key === ' ' && event.target instanceof Element && event.target.matches(startLink)) start(event);
  };
  root.addEventListener('click', onClick);
  root.addEventListener('keydown', onKeyDown);
  return handOver;
}
