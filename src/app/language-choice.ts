import { chooseLanguage } from '#src/i18n/choose-language.ts';
import { languageKey } from '#src/persistence/storage-keys.ts';

type Browser = Pick<Window, 'location' | 'sessionStorage' | 'navigator'>;

function savedLanguage(browser: Browser): string | null {
  try {
    return browser.sessionStorage.getItem(languageKey);
  } catch {
    return null;
  }
}

/**
 * The language to open the app in, from the address, the saved choice and the browser. A language
 * the address asks for is saved: the addresses of the pages that follow leave ?lng= out, so that
 * Back and a reload never bring it back over a language chosen later.
 */
export function initialLanguage(browser: Browser, clinic?: { defaultLanguage: string; enabledLanguages: readonly string[] }): string {
  const requested = new URL(browser.location.href).searchParams.get('lng');
  const language = chooseLanguage({
    requested,
    saved: savedLanguage(browser),
    browserLanguages: browser.navigator.languages,
    ...(clinic ? { clinicDefault: clinic.defaultLanguage, enabled: clinic.enabledLanguages } : {}),
  });
  if (language === requested) saveLanguage(browser, language);
  return language;
}

/** Remembers the person's choice for this tab (like their answers, it goes with "Clear my answers"). */
export function saveLanguage(browser: Pick<Window, 'sessionStorage'>, language: string): void {
  try {
    browser.sessionStorage.setItem(languageKey, language);
  } catch {
    // Without storage the choice lasts as long as the page.
  }
}
