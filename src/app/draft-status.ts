import { useSyncExternalStore } from 'react';

/** What the person should know about where their answers are kept. */
export interface DraftStatus {
  /** False when the browser refuses storage: answers last only while the page stays open. */
  storageAvailable: boolean;
  /** When kept on this device, until when. */
  keepUntil: string | undefined;
  notice: 'someAnswersRemoved' | 'unreadable' | 'expired' | 'fromNewerVersion' | 'cleared' | undefined;
  /** Another tab or window has the same draft open. */
  openElsewhere: boolean;
}

type Listener = () => void;

/** A tiny store for the draft's status, shared by the sync code and the banners that show it. */
export function createDraftStatusStore(initial: DraftStatus) {
  let status = initial;
  const listeners = new Set<Listener>();
  return {
    get: () => status,
    update(change: Partial<DraftStatus>) {
      status = { ...status, ...change };
      for (const listener of listeners) listener();
    },
    subscribe(listener: Listener) {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
  };
}

export type DraftStatusStore = ReturnType<typeof createDraftStatusStore>;

/** The current draft status, re-rendering when it changes. */
export function useDraftStatus(store: DraftStatusStore): DraftStatus {
  return useSyncExternalStore(store.subscribe, store.get, store.get);
}
