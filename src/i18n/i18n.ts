import i18next, { type BackendModule, type i18n as I18n, type Resource, type ResourceKey } from 'i18next';
import { initReactI18next } from 'react-i18next';
import { defaultLanguage, isolatedIn } from './locales.ts';
import { firstLoadNamespaces, laterNamespaces } from './namespaces.ts';

export { defaultLanguage };

/**
 * English text for the start page and the page frame is in the first load; everything else (other
 * languages, and later namespaces) is its own chunk, fetched when asked for. react-i18next
 * suspends a page until its namespaces have arrived.
 */
const firstLoadFiles = import.meta.glob<{ default: ResourceKey }>(['../../locales/en/common.json'], { eager: true });
const laterFiles = import.meta.glob<{ default: ResourceKey }>(['../../locales/*/*.json', '!../../locales/en/common.json', '!../../locales/*/meta.json']);

/** Where a language's namespace is, as the globs above name it. */
const localeFile = (language: string, namespace: string) => `../../locales/${language}/${namespace}.json`;

const localePath = /locales\/([^/]+)\/([^/]+)\.json$/;

function bundledResources(): Resource {
  const bundle: Resource = {};
  for (const [path, file] of Object.entries(firstLoadFiles)) {
    const [, language, namespace] = localePath.exec(path) ?? [];
    if (language && namespace) (bundle[language] ??= {})[namespace] = file.default;
  }
  return bundle;
}

/** Development-only pseudo-locales, generated from English (see pseudo-locale.ts). */
const pseudoLocales = import.meta.env.DEV ? await import('./pseudo-locale.ts') : undefined;

/** Reads a namespace from its own chunk: locales/<language>/<namespace>.json. */
const localeChunks: BackendModule = {
  type: 'backend',
  init: () => undefined,
  read(language, namespace, callback) {
    const pseudo = pseudoLocales?.pseudoLocaleSource(language);
    const path = localeFile(pseudo ?? language, namespace);
    const load = laterFiles[path];
    const bundled = firstLoadFiles[path];
    const source = load ? load() : bundled ? Promise.resolve(bundled) : undefined;
    if (!source) {
      callback(null, {});
      return;
    }
    source.then(
      (file) => callback(null, pseudo && pseudoLocales ? pseudoLocales.pseudoLocalize(language, file.default) : file.default),
      (error: unknown) => callback(error instanceof Error ? error : new Error(String(error)), null),
    );
  },
};

/**
 * Fetches and runs a language's later text (the questionnaire's, the summary's), so that i18next
 * reads it later without waiting for the network or the chunk to run.
 */
export function preloadText(language: string): Promise<unknown> {
  return Promise.allSettled(laterNamespaces.map((namespace) => laterFiles[localeFile(language, namespace)]?.()));
}

/** An i18next instance for one language; English first-load text is there synchronously. */
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
      // i18next's own separators, stated: then it takes every key for a path and skips testing
      // whether the key is a natural-language sentence, on every lookup.
      keySeparator: '.',
      nsSeparator: ':',
      // Numbers, codes and typed answers inside right-to-left sentences are isolated, so that
      // "HW8T-KFG7" or "120/80" keep their order. React escapes markup itself.
      interpolation: { escapeValue: true, escape: (value: string) => isolatedIn(instance.language, value) },
      react: { useSuspense: true },
    });
  return instance;
}
