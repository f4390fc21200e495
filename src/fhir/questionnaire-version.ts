declare const __QUESTIONNAIRE_VERSION__: string;

/**
 * The Questionnaire's version: package.json's, put in at build time by questionnaire-plugin.ts
 * (a Vite `define`), so the app never bundles package.json. Only app code may import this; the
 * plugin itself runs before any define exists and passes the version as an argument instead.
 */
export const questionnaireVersion: string = __QUESTIONNAIRE_VERSION__;
