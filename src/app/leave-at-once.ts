import { clearStoredAnswers, hasKeptDraft } from '#src/persistence/storage-keys.ts';

/** "Exit this page" before the questionnaire has loaded: the same as the draft session's exit, from storage alone. */
export function leaveAtOnce(toUrl: string): void {
  if (!hasKeptDraft(window)) clearStoredAnswers(window);
  window.location.replace(toUrl);
}
