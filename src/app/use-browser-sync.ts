import { useEffect } from 'react';
import { ScreeningActorContext } from '#src/machine/screening-actor-context.ts';
import { connectBrowserHistory } from './browser-history.ts';
import { useDraftSession } from './draft-session-context.ts';

/** Connects the machine to the browser: saved answers on every change, and history entries per page. */
export function useBrowserSync(): void {
  const actor = ScreeningActorContext.useActorRef();
  const session = useDraftSession();
  useEffect(() => {
    const stopSaving = session.connect(actor);
    const stopHistory = connectBrowserHistory(actor, window);
    return () => {
      stopHistory();
      stopSaving();
    };
  }, [actor, session]);
}
