import { render } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import type { ReactElement } from 'react';
import { I18nextProvider } from 'react-i18next';
import { createI18n } from '#src/i18n/i18n.ts';
import { ScreeningActorContext } from '#src/machine/screening-actor-context.ts';
import type { ScreeningInput } from '#src/machine/screening-machine.ts';

/** Renders with the real English text and a real screening machine, started from `input`. */
export function renderWithProviders(ui: ReactElement, input: ScreeningInput = {}) {
  const user = userEvent.setup();
  const result = render(
    <I18nextProvider i18n={createI18n('en')}>
      <ScreeningActorContext.Provider options={{ input }}>{ui}</ScreeningActorContext.Provider>
    </I18nextProvider>,
  );
  return { user, ...result };
}
