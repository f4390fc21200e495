import { useEffect } from 'react';
import { ScreeningActorContext } from '#src/machine/screening-actor-context.ts';
import { connectBrowserHistory } from './browser-history.ts';
import { useDraftSession } from './draft-session-context.ts';

/** Connects the machine to the browser: saved answers on every change, and history entries per page. */
export function useBrowserSync(): void {
  const actor = ScreeningActorContext.useActorRef();
  const session = useDraftSession();
  useEffect(() => {
    // The address is read first: the page it opens is where a notice about the saved answers
    // appears, not a page left at once, which would take the notice away.
    const stopHistory = connectBrowserHistory(actor, window);
    const stopSaving = session.connect(actor);
    return () => {
      stopHistory();
      stopSaving();
    };
  }, [actor, session]);
}
