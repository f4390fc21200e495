import { readDraft, type Draft, type ReadDraft } from './saved-draft.ts';

import { deviceDraftKey as deviceKey, sessionDraftKey as sessionKey, usable } from './storage-keys.ts';

/** How many days answers stay on the device when the person chooses to keep them. */
export const keepDays = 7;

export interface DraftStorage {
  /** Whether this browser lets the page store anything at all. */
  readonly available: boolean;
  load(now: Date): ReadDraft;
  /** Saves for this tab, and on the device too when the draft says so. False when the browser refused. */
  save(draft: Draft): boolean;
  /** Removes the draft from both places. The language chosen stays, as the page stays in it. */
  clear(): void;
}

/**
 * Answers live in sessionStorage for this tab (reload and back keep them, closing the tab ends
 * them); a copy goes to localStorage only when the person chooses to keep them on the device.
 */
export function browserDraftStorage(window: Pick<Window, 'sessionStorage' | 'localStorage'>): DraftStorage {
  const session = usable(() => window.sessionStorage);
  const device = usable(() => window.localStorage);
  const remove = (storage: Storage | undefined, key: string) => {
    try {
      storage?.removeItem(key);
    } catch {
      // Nothing more can be done; the next load sets aside whatever is left.
    }
  };
  return {
    available: session !== undefined,
    load(now) {
      const fromSession = readDraft(session?.getItem(sessionKey) ?? null, now);
      if (fromSession.kind !== 'none') return fromSession;
      const fromDevice = readDraft(device?.getItem(deviceKey) ?? null, now);
      if (fromDevice.kind === 'setAside') remove(device, deviceKey);
      return fromDevice;
    },
    save(draft) {
      try {
        if (!session) return false;
        const text = JSON.stringify(draft);
        session.setItem(sessionKey, text);
        if (draft.keepUntil) device?.setItem(deviceKey, text);
        else remove(device, deviceKey);
        return true;
      } catch {
        return false;
      }
    },
    clear() {
      remove(session, sessionKey);
      remove(device, deviceKey);
    },
  };
}
