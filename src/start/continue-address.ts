/**
 * Where "Start now" goes: the questionnaire's first unanswered page (or "Check your answers" when
 * none is left). A real address, so the button works as a link before any script has run.
 */
export const continuePageName = 'continue';
export const continueAddress = `?page=${continuePageName}`;
