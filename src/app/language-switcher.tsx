import { useEffect } from 'react';
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

/** Every offered language, each named in itself; changing language keeps the page and every answer. */
export function LanguageSwitcher() {
  const { t, i18n } = useTranslation('common');
  const offered = offeredFor(useClinic().enabledLanguages);
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
                onClick={() => {
                  // The button becomes the current language's label: focus goes to the page's heading,
                  // which is read out in the new language, rather than being dropped to <body>.
                  void i18n.changeLanguage(locale.code).then(() => document.querySelector<HTMLElement>('main h1')?.focus());
                  saveLanguage(window, locale.code);
                }}
              >
                {locale.name}
              </button>
            )}
          </li>
        ))}
      </ul>
    </nav>
  );
}
