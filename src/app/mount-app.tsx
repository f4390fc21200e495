import { lazy, startTransition, StrictMode, Suspense } from 'react';
import { reactDom } from './react-dom-first.ts';
import { I18nextProvider } from 'react-i18next';
import { createI18n, preloadText } from '#src/i18n/i18n.ts';
import { prepareFormats } from '#src/i18n/intl-formats.ts';
import { ClinicContext } from '#src/clinic/clinic-context.ts';
import { hasStoredDraft } from '#src/persistence/storage-keys.ts';
import { lazyPage } from '#src/ui/lazy-page.tsx';
import { FirstPaint } from './first-paint.tsx';
import { standaloneViewAt } from './standalone-view.ts';
import { keepPointerEventsFromReact } from './keep-pointer-events-from-react.ts';
import { loadClinicConfig } from './load-clinic-config.ts';
import { ExitThisPage } from './exit-this-page.tsx';
import { leaveAtOnce } from './leave-at-once.ts';
import { LoadFailureBoundary } from './load-failure.tsx';
import { initialLanguage } from './language-choice.ts';

const questionnaireApp = lazyPage(() => import('./questionnaire-app.tsx').then((module) => module.QuestionnaireApp));
const { Page: QuestionnaireApp } = questionnaireApp;
const StandaloneApp = lazy(() => import('./standalone-app.tsx').then((module) => ({ default: module.StandaloneApp })));
// For whoever deploys the app, never part of a person's visit: fetched only when clinic.json is wrong.
const ClinicConfigErrorPage = lazy(() => import('./clinic-config-error-page.tsx').then((module) => ({ default: module.ClinicConfigErrorPage })));

/**
 * Runs the questionnaire's code, and its pages' code and text, ahead of need, so that "Start now"
 * has nothing left to wait for but rendering.
 */
export async function prepareQuestionnaire(): Promise<void> {
  const language = initialLanguage(window);
  await Promise.all([questionnaireApp.preload().then(() => import('./questionnaire-app.tsx')).then((module) => module.preloadPages()), preloadText(language)]);
  // The start page's list of treatments needs one when the app takes the page over.
  await prepareFormats(language);
}

/**
 * Renders the app over the page: the questionnaire, a standalone page, or what is wrong with
 * clinic.json. Over a working start page (`overWorkingPage`) it first waits for the questionnaire's
 * code: rendering sooner would put the start page up again while the code arrives, and React then
 * holds the questionnaire back for 300 ms after that (its throttle on revealing suspended content).
 */
export async function mountApp(root: HTMLElement, { overWorkingPage = false } = {}): Promise<void> {
  keepPointerEventsFromReact(document);
  const [clinic] = await Promise.all([
    loadClinicConfig(document.baseURI),
    // A failed fetch is tried again, and reported, when the questionnaire renders.
    overWorkingPage && prepareQuestionnaire().catch(() => undefined),
  ]);
  const reactRoot = (await reactDom()).createRoot(root);
  const standalone = standaloneViewAt(new URL(window.location.href));
  if ('problems' in clinic) {
    reactRoot.render(
      <I18nextProvider i18n={createI18n(initialLanguage(window))}>
        <Suspense fallback={null}>
          <ClinicConfigErrorPage problems={clinic.problems} />
        </Suspense>
      </I18nextProvider>,
    );
  } else if (standalone) {
    // Someone opening a shared summary (often staff on a front-desk device) must not start,
    // resume or overwrite a questionnaire of their own; nor must someone reading the statement.
    // "Exit this page" is handed in from here, as to the questionnaire: imported by a lazy chunk
    // itself, the bundler split the language list out of the start page's script, one more file
    // before the first paint.
    reactRoot.render(
      <StrictMode>
        <ClinicContext.Provider value={clinic.config}>
          <I18nextProvider i18n={createI18n(initialLanguage(window, clinic.config))}>
            <LoadFailureBoundary>
              <Suspense fallback={null}>
                <StandaloneApp view={standalone} exit={<ExitThisPage exit={leaveAtOnce} />} />
              </Suspense>
            </LoadFailureBoundary>
          </I18nextProvider>
        </ClinicContext.Provider>
      </StrictMode>,
    );
  } else {
    const { config } = clinic;
    const url = new URL(window.location.href);
    // A transition renders in slices between other tasks, so taking over the page holds up no tap
    // or key press; the page already on screen stays until the app is ready to replace it.
    startTransition(() =>
      reactRoot.render(
        <StrictMode>
          <ClinicContext.Provider value={config}>
            <I18nextProvider i18n={createI18n(initialLanguage(window, config))}>
              <LoadFailureBoundary>
                <Suspense fallback={<FirstPaint url={url} resuming={hasStoredDraft(window)} />}>
                  <QuestionnaireApp config={config} exit={<ExitThisPage exit={leaveAtOnce} />} />
                </Suspense>
              </LoadFailureBoundary>
            </I18nextProvider>
          </ClinicContext.Provider>
        </StrictMode>,
      ),
    );
  }
}
