import i18next, { type i18n as I18n, type Resource } from 'i18next';
import { initReactI18next } from 'react-i18next';

export const namespaces = ['common', 'questionnaire', 'rules', 'summary', 'validation', 'safety'] as const;
export const defaultLanguage = 'en';

/** Every locale file, discovered from the folder layout `locales/<language>/<namespace>.json`. */
const localeFiles = import.meta.glob<{ default: Record<string, unknown> }>('../../locales/*/*.json', { eager: true });

function resources(): Resource {
  const bundle: Resource = {};
  for (const [path, file] of Object.entries(localeFiles)) {
    const match = /locales\/([^/]+)\/([^/]+)\.json$/.exec(path);
    if (!match?.[1] || !match[2]) continue;
    (bundle[match[1]] ??= {})[match[2]] = file.default;
  }
  return bundle;
}

/** A ready i18next instance; initialised synchronously so the first render already has text. */
export function createI18n(language: string = defaultLanguage): I18n {
  const instance = i18next.createInstance();
  void instance.use(initReactI18next).init({
    lng: language,
    fallbackLng: defaultLanguage,
    ns: [...namespaces],
    defaultNS: 'common',
    resources: resources(),
    initAsync: false,
    interpolation: { escapeValue: false },
    returnNull: false,
  });
  return instance;
}
