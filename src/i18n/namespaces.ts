/** The text the start page and the page frame need: English is in the first load. */
export const firstLoadNamespaces = ['common'] as const;

/**
 * The text of the questionnaire and the summary, fetched while the start page is read. Each
 * language's comes as one chunk (vite.config.ts).
 */
export const laterNamespaces = ['safety', 'questionnaire', 'validation', 'rules', 'summary'] as const;
