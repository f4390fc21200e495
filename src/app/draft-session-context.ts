import { createContext, useContext } from 'react';
import type { DraftSession } from './draft-session.ts';

export const DraftSessionContext = createContext<DraftSession | undefined>(undefined);

/** The draft session of this page; every page has one (see main.tsx and render-with-providers). */
export function useDraftSession(): DraftSession {
  const session = useContext(DraftSessionContext);
  if (!session) throw new Error('useDraftSession needs a DraftSessionContext provider');
  return session;
}
