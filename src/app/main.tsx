import { StrictMode, Suspense } from 'react';
import { createRoot } from 'react-dom/client';
import { I18nextProvider } from 'react-i18next';
import { createI18n } from '#src/i18n/i18n.ts';
import { ScreeningActorContext } from '#src/machine/screening-actor-context.ts';
import { App } from './app.tsx';
import { openDraftSession } from './draft-session.ts';
import { DraftSessionContext } from './draft-session-context.ts';
import { initialLanguage } from './language-choice.ts';
import '#src/ui/styles.css';

const root = document.getElementById('root');
if (root) {
  const session = openDraftSession(window);
  createRoot(root).render(
    <StrictMode>
      <I18nextProvider i18n={createI18n(initialLanguage(window))}>
        <DraftSessionContext.Provider value={session}>
          <ScreeningActorContext.Provider options={{ input: session.input }}>
            <Suspense fallback={null}>
              <App />
            </Suspense>
          </ScreeningActorContext.Provider>
        </DraftSessionContext.Provider>
      </I18nextProvider>
    </StrictMode>,
  );
}
