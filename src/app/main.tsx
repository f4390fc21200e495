import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { I18nextProvider } from 'react-i18next';
import { createI18n } from '#src/i18n/i18n.ts';
import { ScreeningActorContext } from '#src/machine/screening-actor-context.ts';
import { App } from './app.tsx';
import '#src/ui/styles.css';

const root = document.getElementById('root');
if (root) {
  createRoot(root).render(
    <StrictMode>
      <I18nextProvider i18n={createI18n()}>
        <ScreeningActorContext.Provider>
          <App />
        </ScreeningActorContext.Provider>
      </I18nextProvider>
    </StrictMode>,
  );
}
