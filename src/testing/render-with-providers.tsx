import { render } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { Suspense, type ReactElement } from 'react';
import { I18nextProvider } from 'react-i18next';
import { openDraftSession } from '#src/app/draft-session.ts';
import { ClinicContext } from '#src/clinic/clinic-context.ts';
import type { ClinicConfig } from '#src/clinic/clinic-config.ts';
import exampleClinic from '#public/clinic.json';
import { DraftSessionContext } from '#src/app/draft-session-context.ts';
import { createI18n } from '#src/i18n/i18n.ts';
import { ScreeningActorContext } from '#src/machine/screening-actor-context.ts';
import type { ScreeningInput } from '#src/machine/screening-machine.ts';
import type { Snapshot } from 'xstate';

/**
 * Renders with the real English text, a real screening machine started from `input` (or from a
 * snapshot of one, or from what the page's storage holds), the real draft session on jsdom's
 * storage and history, and the example clinic configuration shipped in public/clinic.json.
 */
export function renderWithProviders(
  ui: ReactElement,
  input?: ScreeningInput | { snapshot: Snapshot<unknown> },
  language = 'en',
  clinic = exampleClinic as ClinicConfig,
) {
  const user = userEvent.setup();
  const session = openDraftSession(window, { keepDays: clinic.draftExpiryDays });
  const result = render(
    <ClinicContext.Provider value={clinic}>
      <I18nextProvider i18n={createI18n(language)}>
        <DraftSessionContext.Provider value={session}>
          <ScreeningActorContext.Provider options={input && 'snapshot' in input ? input : { input: input ?? session.input }}>
            <Suspense fallback={null}>{ui}</Suspense>
          </ScreeningActorContext.Provider>
        </DraftSessionContext.Provider>
      </I18nextProvider>
    </ClinicContext.Provider>,
  );
  return { user, session, ...result };
}
