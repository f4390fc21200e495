/**
 * Where "Start now" goes: the questionnaire's first unanswered page (or "Check your answers" when
 * none is left). A real address, so the button works as a link before any script has run.
 */
export const continuePageName = 'continue';
export const continueAddress = `?page=${continuePageName}`;

/** A press with Ctrl, Cmd, Shift or Alt held asks for the link itself, in a new tab or window: the browser follows it. */
export const opensElsewhere = (event: { ctrlKey: boolean; metaKey: boolean; shiftKey: boolean; altKey: boolean }) =>
  event.ctrlKey || event.metaKey || event.shiftKey || event.altKey;
