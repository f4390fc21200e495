import i18next, { type BackendModule, type i18n as I18n, type Resource, type ResourceKey } from 'i18next';
import { initReactI18next } from 'react-i18next';

export const defaultLanguage = 'en';

/**
 * Text the start and crisis pages need is in the first load; every other namespace is fetched
 * when a page asks for it (react-i18next suspends until it arrives) or prefetched after the start page.
 */
export const firstLoadNamespaces = ['common', 'safety'] as const;
export const laterNamespaces = ['questionnaire', 'validation', 'rules', 'summary'] as const;

const firstLoadFiles = import.meta.glob<{ default: ResourceKey }>(['../../locales/*/common.json', '../../locales/*/safety.json'], {
  eager: true,
});
const laterFiles = import.meta.glob<{ default: ResourceKey }>([
  '../../locales/*/*.json',
  '!../../locales/*/common.json',
  '!../../locales/*/safety.json',
]);

const localePath = /locales\/([^/]+)\/([^/]+)\.json$/;

function bundledResources(): Resource {
  const bundle: Resource = {};
  for (const [path, file] of Object.entries(firstLoadFiles)) {
    const [, language, namespace] = localePath.exec(path) ?? [];
    if (language && namespace) (bundle[language] ??= {})[namespace] = file.default;
  }
  return bundle;
}

/** Reads a namespace from its own chunk: locales/<language>/<namespace>.json. */
const localeChunks: BackendModule = {
  type: 'backend',
  init: () => undefined,
  read(language, namespace, callback) {
    const load = laterFiles[`../../locales/${language}/${namespace}.json`];
    if (!load) {
      callback(null, {});
      return;
    }
    load().then(
      (file) => callback(null, file.default),
      (error: unknown) => callback(error instanceof Error ? error : new Error(String(error)), null),
    );
  },
};

/** A ready i18next instance; the first-load text is there synchronously, so the first render has it. */
export function createI18n(language: string = defaultLanguage): I18n {
  const instance = i18next.createInstance();
  void instance
    .use(localeChunks)
    .use(initReactI18next)
    .init({
      lng: language,
      fallbackLng: defaultLanguage,
      ns: [...firstLoadNamespaces],
      defaultNS: 'common',
      resources: bundledResources(),
      partialBundledLanguages: true,
      initAsync: false,
      interpolation: { escapeValue: false },
      react: { useSuspense: true },
    });
  return instance;
}
