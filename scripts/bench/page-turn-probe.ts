/** One page turn: from the click on a button or link to the next page's h1 on screen, in the page's clock. */
export interface PageTurn {
  from: string;
  to: string;
  ms: number;
  /** The press loaded a new document (a followed link) rather than changing the page in place. */
  navigated: boolean;
  /**
   * The same time in three parts, when the page changed in the press's own task and was painted
   * in the frame after it: the input and the script it ran, the wait for the display's next frame,
   * and that frame until painted. Absent for a turn that changed the page later (while code or
   * text was on its way) or in a new document.
   */
  phases?: TurnPhases;
}

export interface TurnPhases {
  scriptMs: number;
  frameWaitMs: number;
  frameMs: number;
}

/** A task that kept the main thread busy for over 50 ms; `at` is milliseconds since the epoch. */
export interface LongTask {
  at: number;
  duration: number;
}

/** What the probe knows about the tab as a whole, across documents. */
export interface ProbeTab {
  /** performance.timeOrigin of the tab's first document, milliseconds since the epoch. */
  firstTimeOrigin: number;
  /** The first press on a button or link (milliseconds since the epoch): before it is page load. */
  firstPressAt: number | null;
  documents: number;
}

declare global {
  interface Window {
    __pageTurns: PageTurn[];
    __longTasks: LongTask[];
    __probeTab: ProbeTab;
  }
}

/**
 * Runs in every document before the app's scripts (page.addInitScript), so it must not refer to
 * anything outside itself. Page turns and long tasks are kept on window; when a press loads a new
 * document, pagehide hands them, and a press still waiting for its page, to the next document
 * through sessionStorage, so a followed link is measured across the navigation.
 */
export function installProbe(): void {
  const storageKey = '__pageTurnProbe';
  const epochNow = () => performance.timeOrigin + performance.now();
  let carried: { turns: PageTurn[]; longTasks: LongTask[]; tab: ProbeTab; pending: { from: string; at: number } | null } | null = null;
  try {
    carried = JSON.parse(sessionStorage.getItem(storageKey) ?? 'null');
    sessionStorage.removeItem(storageKey);
  } catch {
    // about:blank has no storage; nothing to carry there anyway.
  }
  const turns: PageTurn[] = carried?.turns ?? [];
  const longTasks: LongTask[] = carried?.longTasks ?? [];
  const tab: ProbeTab = carried?.tab ?? { firstTimeOrigin: performance.timeOrigin, firstPressAt: null, documents: 0 };
  tab.documents += 1;
  window.__pageTurns = turns;
  window.__longTasks = longTasks;
  window.__probeTab = tab;

  interface Pending {
    from: string;
    /** When the click arrived (milliseconds since the epoch): the app reacts to the click. */
    at: number;
    navigated: boolean;
    /** When the press's click, and the form submission it made, had reached the window. */
    scriptEndAt?: number;
    /** When the first frame after the press began (its animation frame callbacks). */
    frameAt?: number;
  }
  let pending: Pending | null = carried?.pending ? { ...carried.pending, navigated: true } : null;
  let pointerDown: { target: Element; at: number } | null = null;
  const heading = () => document.querySelector('h1')?.textContent?.trim() ?? '';

  const pressable = (event: Event) => (event.target instanceof Element ? event.target.closest('button, a, [type=submit]') : null);
  document.addEventListener('pointerdown', (event) => {
    const target = pressable(event);
    pointerDown = target && { target, at: performance.timeOrigin + event.timeStamp };
  }, true);
  document.addEventListener('click', (event) => {
    const target = pressable(event);
    if (!target) return;
    const at = performance.timeOrigin + event.timeStamp;
    // A keyboard press clicks with no pointerdown before it.
    const pressedAt = pointerDown?.target === target ? pointerDown.at : at;
    pointerDown = null;
    const press: Pending = { from: heading(), at, navigated: false };
    pending = press;
    // Before the first press's pointerdown is page load.
    tab.firstPressAt ??= pressedAt;
    // The app's handlers, and the microtasks each leaves, have run once the event bubbles up to
    // the window: the click's, then the submission's if the press submitted a form.
    const ended = () => {
      press.scriptEndAt = epochNow();
    };
    addEventListener('click', ended, { once: true });
    addEventListener('submit', ended, { once: true });
    requestAnimationFrame(() => {
      press.frameAt = epochNow();
      removeEventListener('submit', ended);
    });
  }, true);

  // A press that leaves the h1 as it was (a validation error, "Add another") is no page turn; the next press replaces it.
  new MutationObserver(() => {
    if (!pending) return;
    const to = heading();
    if (!to || to === pending.from) return;
    const press = pending;
    const { from, at, navigated } = press;
    // The h1 changed only after that first frame had begun: the turn cannot be split in parts.
    const changedLate = press.frameAt !== undefined;
    pending = null;
    // A frame callback, then a message: the message runs once that frame has been painted.
    requestAnimationFrame(() => {
      const channel = new MessageChannel();
      channel.port1.onmessage = () => {
        const paintedAt = epochNow();
        const { scriptEndAt, frameAt } = press;
        const phases =
          navigated || changedLate || scriptEndAt === undefined || frameAt === undefined
            ? undefined
            : { scriptMs: scriptEndAt - at, frameWaitMs: frameAt - scriptEndAt, frameMs: paintedAt - frameAt };
        turns.push({ from, to, ms: paintedAt - at, navigated, phases });
      };
      channel.port2.postMessage(null);
    });
  }).observe(document, { subtree: true, childList: true, characterData: true });

  try {
    // buffered: the tasks that ran before this observer, during the document's load, count too.
    new PerformanceObserver((list) => {
      for (const entry of list.getEntries()) longTasks.push({ at: performance.timeOrigin + entry.startTime, duration: entry.duration });
    }).observe({ type: 'longtask', buffered: true });
  } catch {
    // No long task timing in this browser: the report shows none rather than failing.
  }

  addEventListener('pagehide', () => {
    try {
      const waiting = pending && { from: pending.from, at: pending.at };
      sessionStorage.setItem(storageKey, JSON.stringify({ turns, longTasks, tab, pending: waiting }));
    } catch {
      // about:blank again.
    }
  });
}
