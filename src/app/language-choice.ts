import { chooseLanguage } from '#src/i18n/choose-language.ts';
import { localeFor } from '#src/i18n/locales.ts';
import { languageKey } from '#src/persistence/storage-keys.ts';

type Browser = Pick<Window, 'location' | 'sessionStorage' | 'navigator'>;

function savedLanguage(browser: Pick<Window, 'sessionStorage'>): string | null {
  try {
    return browser.sessionStorage.getItem(languageKey);
  } catch {
    return null;
  }
}

/** The language to open the app in, from the address, the saved choice and the browser. */
export function initialLanguage(browser: Browser, clinic?: { defaultLanguage: string; enabledLanguages: readonly string[] }): string {
  return chooseLanguage({
    requested: new URL(browser.location.href).searchParams.get('lng'),
    saved: savedLanguage(browser),
    browserLanguages: browser.navigator.languages,
    ...(clinic ? { clinicDefault: clinic.defaultLanguage, enabled: clinic.enabledLanguages } : {}),
  });
}

/**
 * Makes a language the address asks for (?lng=) the tab's choice, and takes ?lng= out of the
 * address, so that Back or a reload never brings it back over a language chosen later. A tab that
 * cannot store the choice keeps it in the address, the one place left for it.
 */
export function keepRequestedLanguage(browser: Pick<Window, 'location' | 'history' | 'sessionStorage'>): void {
  const url = new URL(browser.location.href);
  const requested = url.searchParams.get('lng');
  if (!localeFor(requested) || !saveLanguage(browser, requested as string)) return;
  url.searchParams.delete('lng');
  browser.history.replaceState(browser.history.state, '', url);
}

/** Remembers the person's choice for this tab; false when the browser refuses to store it. */
export function saveLanguage(browser: Pick<Window, 'sessionStorage'>, language: string): boolean {
  try {
    browser.sessionStorage.setItem(languageKey, language);
    return true;
  } catch {
    return false;
  }
}
