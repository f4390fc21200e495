/** The language the app falls back to, and the one the start page is prerendered in. */
export const defaultLanguage = 'en';

/** What a locale says about itself in locales/<code>/meta.json. */
export interface LocaleMeta {
  code: string;
  name: string;
  dir: 'ltr' | 'rtl';
  /** complete and draft locales are offered; incomplete ones only open with ?lng=<code>. */
  status: 'complete' | 'draft' | 'incomplete';
}

// Only the fields the app uses (`?app`, see vite.config.ts), so the first load does not carry each locale's notes.
const metas = import.meta.glob<Pick<LocaleMeta, 'name' | 'dir' | 'status'>>('../../locales/*/meta.json', { eager: true, query: '?app', import: 'default' });

/** In development only: the generated pseudo-locales (see pseudo-locale.ts). */
const pseudoLocales: LocaleMeta[] = import.meta.env.DEV
  ? [
      { code: 'en-XA', name: 'Ƥšéüðö (accented)', dir: 'ltr', status: 'draft' },
      { code: 'ar-XB', name: 'Pseudo (right to left)', dir: 'rtl', status: 'draft' },
    ]
  : [];

/** Every locale folder found at build time: adding a language is adding a folder. */
export const locales: readonly LocaleMeta[] = Object.entries(metas)
  .map(([path, meta]) => ({
    name: meta.name,
    dir: meta.dir ?? 'ltr',
    status: meta.status ?? 'incomplete',
    code: /locales\/([^/]+)\/meta\.json/.exec(path)?.[1] ?? '',
  }))
  .filter((locale) => locale.code !== '')
  .concat(pseudoLocales)
  // Codes are ASCII: comparing code units avoids building a collator, which costs a slow phone a frame.
  .sort((a, b) => (a.code === 'en' ? -1 : b.code === 'en' ? 1 : a.code < b.code ? -1 : 1));

/** The locales the language switcher lists. */
export const offeredLocales = locales.filter((locale) => locale.status !== 'incomplete');

/** The offered locales a clinic enabled (pseudo-locales stay available in development). */
export function offeredFor(enabled: readonly string[]): LocaleMeta[] {
  return offeredLocales.filter((locale) => enabled.includes(locale.code) || locale.code.includes('-X'));
}

/** The locale for a language code, if there is one. */
export function localeFor(code: string | null | undefined): LocaleMeta | undefined {
  return code ? locales.find((locale) => locale.code === code) : undefined;
}

/** The text direction of a language (right to left for Arabic). */
export function directionOf(code: string): 'ltr' | 'rtl' {
  return localeFor(code)?.dir ?? 'ltr';
}

/**
 * Text that keeps its own direction in a right-to-left language's page: in First Strong Isolate …
 * Pop Directional Isolate, so that "Dr. Lee (GP)" does not end "(Dr. Lee (GP" on an Arabic page.
 */
export function isolatedIn(language: string, text: string): string {
  return directionOf(language) === 'rtl' ? `\u2068${text}\u2069` : text;
}
