/** Every key this app stores starts with this, so "Exit this page" can find them all. */
export const storagePrefix = 'ketamine-prescreen.';
/** This tab's draft (sessionStorage). */
export const sessionDraftKey = `${storagePrefix}draft`;
/** The draft kept on the device by choice (localStorage). */
export const deviceDraftKey = `${storagePrefix}kept-draft`;
/** The language the person chose, for this tab. "Clear my answers" leaves it, as the page stays in it. */
export const languageKey = `${storagePrefix}language`;

type Storages = Pick<Window, 'sessionStorage' | 'localStorage'>;

function read(get: () => Storage, key: string): string | null {
  try {
    return get().getItem(key);
  } catch {
    return null;
  }
}

/** Whether any draft is stored, read or not: enough for the start page to say "continue". */
export function hasStoredDraft(browser: Storages): boolean {
  return hasTabDraft(browser) || hasKeptDraft(browser);
}

/** Whether this tab has a draft. */
export function hasTabDraft(browser: Pick<Window, 'sessionStorage'>): boolean {
  return read(() => browser.sessionStorage, sessionDraftKey) !== null;
}

/** Whether the person chose to keep their answers on this device. */
export function hasKeptDraft(browser: Pick<Window, 'localStorage'>): boolean {
  return read(() => browser.localStorage, deviceDraftKey) !== null;
}

/** Removes every key of ours from both storages, the language chosen too. */
export function clearStoredAnswers(browser: Storages): void {
  for (const get of [() => browser.sessionStorage, () => browser.localStorage]) {
    try {
      const storage = get();
      const ours = Array.from({ length: storage.length }, (_, index) => storage.key(index)).filter((key) => key?.startsWith(storagePrefix));
      for (const key of ours) if (key) storage.removeItem(key);
    } catch {
      // Storage blocked: there is nothing of ours in it.
    }
  }
}

/** A storage the browser lets the page write to, or undefined. */
export function usable(get: () => Storage): Storage | undefined {
  try {
    const storage = get();
    const probe = `${sessionDraftKey}.probe`;
    storage.setItem(probe, probe);
    storage.removeItem(probe);
    return storage;
  } catch {
    // Disabled storage, private modes and sandboxed frames throw on access or on write.
    return undefined;
  }
}

/** Whether this tab can keep answers at all (the questionnaire says so when it cannot). */
export function canKeepAnswers(browser: Pick<Window, 'sessionStorage'>): boolean {
  return usable(() => browser.sessionStorage) !== undefined;
}
