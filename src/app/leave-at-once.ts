import { clearStoredAnswers, hasKeptDraft } from '#src/persistence/storage-keys.ts';

/** "Exit this page" before the questionnaire has loaded: the same as the draft session's exit, from storage alone. */
export function leaveAtOnce(toUrl: string): void {
  if (!hasKeptDraft(window)) clearStoredAnswers(window);
  // Marks this history entry as left, so that the questionnaire, opening meanwhile, adds none after it (browser-history.ts).
  window.history.replaceState({ leaving: true }, '');
  window.location.replace(toUrl);
}
