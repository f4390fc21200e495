import type { ResourceKey } from 'i18next';

/**
 * Pseudo-locales for development, generated from English and never edited by hand: `en-XA`
 * (accented and about 35% longer, to find hard-coded text and layouts that break with longer
 * words) and `ar-XB` (right to left, to find layouts that do not mirror).
 */
export const pseudoLocaleCodes = ['en-XA', 'ar-XB'] as const;

const accents: Record<string, string> = {
  a: 'á', e: 'é', i: 'í', o: 'ö', u: 'ü', c: 'ç', n: 'ñ', y: 'ý', s: 'š', z: 'ž',
  A: 'Å', E: 'É', I: 'Î', O: 'Ø', U: 'Ü', C: 'Ç', N: 'Ñ', Y: 'Ý', S: 'Š', Z: 'Ž',
};

/** The real locale a pseudo-locale is made from, or undefined for a real language. */
export function pseudoLocaleSource(language: string): string | undefined {
  return (pseudoLocaleCodes as readonly string[]).includes(language) ? 'en' : undefined;
}

function transform(language: string, text: string): string {
  // Placeholders and markup tags stay as they are: split them out first.
  return text
    .split(/({{[^}]+}}|<\/?\d+>|\$t\([^)]*\))/)
    .map((part, index) => {
      if (index % 2 === 1) return part;
      if (language === 'ar-XB') return part ? `\u202E${part}\u202C` : part;
      const accented = [...part].map((character) => accents[character] ?? character).join('');
      return accented + '~'.repeat(Math.ceil(accented.length * 0.35));
    })
    .join('');
}

/** A whole namespace turned into its pseudo-locale form. */
export function pseudoLocalize(language: string, resource: ResourceKey): ResourceKey {
  if (typeof resource === 'string') return transform(language, resource);
  if (typeof resource !== 'object' || resource === null) return resource;
  return Object.fromEntries(Object.entries(resource).map(([key, value]) => [key, pseudoLocalize(language, value as ResourceKey)]));
}
