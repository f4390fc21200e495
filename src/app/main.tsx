import { lazy, StrictMode, Suspense } from 'react';
import { createRoot } from 'react-dom/client';
import { I18nextProvider } from 'react-i18next';
import { createI18n } from '#src/i18n/i18n.ts';
import { ScreeningActorContext } from '#src/machine/screening-actor-context.ts';
import { ClinicContext } from '#src/clinic/clinic-context.ts';
import { receivedViewAt } from '#src/handover/received-address.ts';
import { App } from './app.tsx';
import { ClinicConfigErrorPage } from './clinic-config-error-page.tsx';
import { loadClinicConfig } from './load-clinic-config.ts';
import { openDraftSession } from './draft-session.ts';
import { DraftSessionContext } from './draft-session-context.ts';
import { initialLanguage } from './language-choice.ts';
import '#src/ui/styles.css';

const ReceivedApp = lazy(() => import('./received-app.tsx').then((module) => ({ default: module.ReceivedApp })));

const root = document.getElementById('root');
if (root) {
  const clinic = await loadClinicConfig(document.baseURI);
  const reactRoot = createRoot(root);
  const received = receivedViewAt(new URL(window.location.href));
  if ('problems' in clinic) {
    reactRoot.render(
      <I18nextProvider i18n={createI18n(initialLanguage(window))}>
        <Suspense fallback={null}>
          <ClinicConfigErrorPage problems={clinic.problems} />
        </Suspense>
      </I18nextProvider>,
    );
  } else if (received) {
    // Someone opening a shared summary (often staff on a front-desk device) must not start,
    // resume or overwrite a questionnaire of their own.
    reactRoot.render(
      <StrictMode>
        <ClinicContext.Provider value={clinic.config}>
          <I18nextProvider i18n={createI18n(initialLanguage(window, clinic.config))}>
            <Suspense fallback={null}>
              <ReceivedApp view={received} />
            </Suspense>
          </I18nextProvider>
        </ClinicContext.Provider>
      </StrictMode>,
    );
  } else {
    const { config } = clinic;
    const session = openDraftSession(window, { keepDays: config.draftExpiryDays });
    reactRoot.render(
      <StrictMode>
        <ClinicContext.Provider value={config}>
          <I18nextProvider i18n={createI18n(initialLanguage(window, config))}>
            <DraftSessionContext.Provider value={session}>
              <ScreeningActorContext.Provider options={{ input: session.input }}>
                <Suspense fallback={null}>
                  <App />
                </Suspense>
              </ScreeningActorContext.Provider>
            </DraftSessionContext.Provider>
          </I18nextProvider>
        </ClinicContext.Provider>
      </StrictMode>,
    );
  }
}
