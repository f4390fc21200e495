import type { ReactNode } from 'react';
import type { ClinicConfig } from '#src/clinic/clinic-config.ts';
import { ScreeningActorContext } from '#src/machine/screening-actor-context.ts';
import { App } from './app.tsx';
import { openDraftSession, type DraftSession } from './draft-session.ts';
import { DraftSessionContext } from './draft-session-context.ts';

export { preloadPages } from './app.tsx';

let session: DraftSession | undefined;

/**
 * The questionnaire itself: the draft, the machine and every page. It arrives after the first
 * paint, which shows the start page without it.
 */
export function QuestionnaireApp({ config, exit }: { config: ClinicConfig; exit: ReactNode }) {
  // Opened once per page load, however often React renders this.
  session ??= openDraftSession(window, { keepDays: config.draftExpiryDays });
  return (
    <DraftSessionContext.Provider value={session}>
      <ScreeningActorContext.Provider options={{ input: session.input }}>
        <App exit={exit} />
      </ScreeningActorContext.Provider>
    </DraftSessionContext.Provider>
  );
}
