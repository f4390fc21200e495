import { clinicFingerprint } from '#src/clinic/clinic-fingerprint.ts';
import { fetchClinicJson } from '#src/clinic/fetch-clinic-json.ts';
import { defaultLanguage } from '#src/i18n/locales.ts';
import { canKeepAnswers, hasKeptDraft, hasTabDraft } from '#src/persistence/storage-keys.ts';
import { isStartAddress } from '#src/start/start-address.ts';
import { initialLanguage, keepRequestedLanguage } from './language-choice.ts';
import { standaloneViewAt } from './standalone-view.ts';
import { runStaticStartPage } from './static-start-page.ts';
import '#src/ui/styles.css';

// The page's entry, kept small: the start page is already in the HTML (docs/decisions/0009, 0011).
// The framework chunk, React DOM's setup and the app's modules each run in a task of their own,
// so that running them makes three short tasks rather than one long one on a slow phone.
const loadApp = () => import('./react-dom-first.ts').then((framework) => framework.reactDomInATaskOfItsOwn()).then(() => import('./mount-app.tsx'));

/**
 * Whether the prerendered start page is what this visit should see: a first visit to the start
 * page, in English, in a browser that can keep answers (else the app says it cannot).
 * The answer comes in steps, each in a task of its own: in a new browser profile the first use of
 * each storage opens it, which takes a slow phone tens of milliseconds. When the page's own address
 * already rules the prerendered page out, there is nothing to wait for and the answer is given at once.
 */
function whenPrerenderedPageFits(root: HTMLElement, url: URL, then: (fits: boolean) => void): void {
  if (root.dataset.clinic === undefined || !isStartAddress(url) || standaloneViewAt(url)) return then(false);
  setTimeout(() => {
    if (hasTabDraft(window) || !canKeepAnswers(window) || initialLanguage(window) !== defaultLanguage) return then(false);
    setTimeout(() => then(!hasKeptDraft(window)));
  });
}

/**
 * The app's code, fetched into the browser's cache without being run.
 * One file per task: starting a fetch costs the main thread a little, and a slow phone is reading.
 */
function prefetchApp(root: HTMLElement): void {
  const files = root.dataset.prefetch?.split(' ').filter(Boolean) ?? [];
  const prefetchNext = () => {
    const href = files.shift();
    if (!href) return;
    const link = document.createElement('link');
    link.rel = 'prefetch';
    // Module scripts are fetched in CORS mode; the prefetch must match to be reused.
    link.crossOrigin = 'anonymous';
    link.href = href;
    document.head.append(link);
    setTimeout(prefetchNext);
  };
  setTimeout(prefetchNext);
}

/** A clinic.json changed since the build (or missing) means the prerendered page is out of date. */
async function clinicChangedSinceBuild(root: HTMLElement): Promise<boolean> {
  const clinicJson = await fetchClinicJson(document.baseURI);
  return clinicJson === undefined || clinicFingerprint(clinicJson) !== root.dataset.clinic;
}

/** Runs once the page has painted its content, so that nothing started here competes with that paint. */
function afterFirstPaint(then: () => void): void {
  const observer = new PerformanceObserver((entries) => {
    if (!entries.getEntriesByName('first-contentful-paint').length) return;
    observer.disconnect();
    setTimeout(then);
  });
  observer.observe({ type: 'paint', buffered: true });
}

/** Keeps the prerendered start page working, or hands the page to the app. */
function start(root: HTMLElement, prerenderedPageFits: boolean): void {
  if (prerenderedPageFits) {
    const takeOver = runStaticStartPage(root, {
      prepare: () => void loadApp().then((app) => app.prepareQuestionnaire()),
      takeOver: () => loadApp().then((app) => app.mountApp(root, { overWorkingPage: true })),
    });
    afterFirstPaint(() => {
      void clinicChangedSinceBuild(root).then((changed) => changed && takeOver());
      prefetchApp(root);
    });
  } else {
    void loadApp().then((app) => app.mountApp(root));
  }
}

keepRequestedLanguage(window);
const root = document.getElementById('root');
if (root) whenPrerenderedPageFits(root, new URL(window.location.href), (fits) => start(root, fits));
