import { useEffect, useState } from 'react';
import type { i18n as I18n } from 'i18next';
import { useTranslation } from 'react-i18next';
import { useClinic } from '#src/clinic/clinic-context.ts';
import { directionOf, offeredFor } from '#src/i18n/locales.ts';
import { saveLanguage } from './language-choice.ts';

/** Keeps <html lang dir> in step with the language, for screen readers, hyphenation and mirroring. */
export function useDocumentLanguage(): void {
  const { i18n } = useTranslation();
  useEffect(() => {
    document.documentElement.lang = i18n.language;
    document.documentElement.dir = directionOf(i18n.language);
  }, [i18n.language]);
}

/** Whether every namespace in use so far has arrived in `language`. */
const hasTextIn = (i18n: I18n, language: string) => [i18n.options.ns ?? []].flat().every((namespace) => i18n.hasResourceBundle(language, namespace));

/** Every offered language, each named in itself; changing language keeps the page and every answer. */
export function LanguageSwitcher() {
  const { t, i18n } = useTranslation('common');
  const offered = offeredFor(useClinic().enabledLanguages);
  const [failed, setFailed] = useState(false);
  // The language's text is fetched first: switched before it arrives, the page would say it is in
  // the new language (its lang, this list) while it shows the old one's text. If it cannot be
  // fetched, offline for a moment, the page stays as it is and says so.
  const switchTo = async (language: string) => {
    setFailed(false);
    await i18n.loadLanguages(language);
    // What failed once, i18next does not fetch again unless asked to reload it.
    if (!hasTextIn(i18n, language)) await i18n.reloadResources(language);
    if (!hasTextIn(i18n, language)) return setFailed(true);
    // A tab that cannot store the choice keeps it in the address, for a reload and the pages after.
    if (!saveLanguage(window, language)) {
      const address = new URL(location.href);
      address.searchParams.set('lng', language);
      history.replaceState(history.state, '', address);
    }
    await i18n.changeLanguage(language);
    // The button becomes the current language's label: focus goes to the page's heading, which is
    // read out in the new language, rather than being dropped to <body>.
    document.querySelector<HTMLElement>('main h1')?.focus();
  };
  if (offered.length < 2) return null;
  return (
    <nav className="language-switcher no-print" aria-label={t('language.switcherLabel')}>
      <ul className="language-switcher__list">
        {offered.map((locale) => (
          <li key={locale.code}>
            {locale.code === i18n.language ? (
              <span className="language-switcher__current" aria-current="true" lang={locale.code}>
                {locale.name}
              </span>
            ) : (
              <button
                type="button"
                className="link-button"
                lang={locale.code}
                onClick={() => void switchTo(locale.code)}
              >
                {locale.name}
              </button>
            )}
          </li>
        ))}
      </ul>
      {failed && (
        <p role="alert" className="language-switcher__problem">
          {t('language.loadFailed')}
        </p>
      )}
    </nav>
  );
}
