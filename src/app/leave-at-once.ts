import { clearStoredAnswers, hasKeptDraft } from '#src/persistence/storage-keys.ts';

/**
 * "Exit this page", on every page: removes the stored answers unless the person chose to keep them
 * on the device, and leaves without a way back. It reads storage rather than the questionnaire's
 * state, so it works the same before the questionnaire has loaded.
 */
export function leaveAtOnce(toUrl: string): void {
  if (!hasKeptDraft(window)) clearStoredAnswers(window);
  // Marks this history entry as left, so that the questionnaire, opening or turning a page meanwhile,
  // adds none after it (browser-history.ts).
  window.history.replaceState({ leaving: true }, '');
  window.location.replace(toUrl);
}
