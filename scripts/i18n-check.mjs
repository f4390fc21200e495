// `npm run i18n:check [language…]`: for each locale, what is missing, extra, empty, left in English,
// or has placeholders, markup or plural forms that differ from English. Exits 1 when a locale that
// the language switcher offers (status "complete" or "draft") has a problem. A locale lists the keys
// that are rightly the same as in English in meta.json "identicalToEnglish" (such as Spanish "No").
import { readdirSync, readFileSync, existsSync } from 'node:fs';
import { join } from 'node:path';

const root = new URL('../locales/', import.meta.url).pathname;
const source = 'en';
const pluralSuffix = /_(zero|one|two|few|many|other)$/;
/** Text that is the same in every language and so may stay identical to English. */
const sameEverywhere = /^[\s\d\p{P}\p{S}]*$|^(PHQ-9|AUDIT-C|TAPS-1|988|911|OK)$/u;

const flatten = (value, prefix = '') =>
  typeof value === 'string'
    ? { [prefix]: value }
    : Object.assign({}, ...Object.entries(value).map(([key, child]) => flatten(child, prefix ? `${prefix}.${key}` : key)));

/** A locale's strings as `namespace.dotted.key` → text (meta.json apart), and its meta. */
export function readLocale(language) {
  const folder = join(root, language);
  const strings = {};
  for (const file of readdirSync(folder).filter((name) => name.endsWith('.json') && name !== 'meta.json')) {
    const namespace = file.replace(/\.json$/, '');
    Object.assign(strings, flatten(JSON.parse(readFileSync(join(folder, file), 'utf8')), namespace));
  }
  const metaPath = join(folder, 'meta.json');
  const meta = existsSync(metaPath) ? JSON.parse(readFileSync(metaPath, 'utf8')) : undefined;
  return { strings, meta };
}

const placeholders = (text) => [...text.matchAll(/{{\s*([\w.]+)[^}]*}}/g)].map((match) => match[1]).sort().join(',');
const tags = (text) => [...text.matchAll(/<\/?(\d+)>/g)].map((match) => match[0]).sort().join('');

/** The problems of one locale compared with English. */
export function checkLocale(language, english = readLocale(source).strings) {
  const { strings, meta } = readLocale(language);
  const problems = [];
  const add = (kind, key, detail = '') => problems.push({ kind, key, detail });
  if (!meta) add('meta', 'meta.json', 'missing: name, dir and status are needed');
  else {
    if (!meta.name) add('meta', 'meta.json', 'no native name');
    if (!['ltr', 'rtl'].includes(meta.dir)) add('meta', 'meta.json', 'dir must be "ltr" or "rtl"');
    if (!['complete', 'draft', 'incomplete'].includes(meta.status)) add('meta', 'meta.json', 'status must be complete, draft or incomplete');
  }
  const categories = new Intl.PluralRules(language).resolvedOptions().pluralCategories;
  const base = (key) => key.replace(pluralSuffix, '');
  const englishBases = new Set(Object.keys(english).map(base));
  const pluralBases = new Set(Object.keys(english).filter((key) => pluralSuffix.test(key)).map(base));
  for (const key of Object.keys(english)) {
    if (pluralSuffix.test(key)) continue;
    if (!(key in strings)) add('missing', key);
  }
  for (const plural of pluralBases) {
    for (const category of categories) if (!(`${plural}_${category}` in strings)) add('plural', `${plural}_${category}`, `needed for ${language}`);
  }
  for (const [key, text] of Object.entries(strings)) {
    const englishKey = key in english ? key : `${base(key)}_other`;
    if (!englishBases.has(base(key))) add('extra', key);
    else if (pluralSuffix.test(key) && !pluralBases.has(base(key))) add('extra', key);
    if (text.trim() === '') add('empty', key);
    const englishText = english[englishKey];
    if (englishText === undefined) continue;
    if (placeholders(text) !== placeholders(englishText) && !(pluralSuffix.test(key) && placeholders(text).replace('count', '') === placeholders(englishText).replace('count', ''))) {
      add('placeholders', key, `has {{${placeholders(text)}}}, English has {{${placeholders(englishText)}}}`);
    }
    if (tags(text) !== tags(englishText)) add('markup', key, `has ${tags(text) || 'none'}, English has ${tags(englishText)}`);
    const withoutPlaceholders = text.replace(/{{[^}]+}}|<\/?\d+>/g, '');
    const allowed = meta?.identicalToEnglish?.includes(key) || sameEverywhere.test(withoutPlaceholders);
    if (language !== source && text === englishText && !allowed) add('untranslated', key, text.slice(0, 60));
  }
  return { language, meta, problems, keyCount: Object.keys(strings).length };
}

export function localeFolders() {
  return readdirSync(root, { withFileTypes: true }).filter((entry) => entry.isDirectory()).map((entry) => entry.name);
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const asked = process.argv.slice(2);
  const english = readLocale(source).strings;
  let failed = false;
  for (const language of asked.length > 0 ? asked : localeFolders()) {
    const { meta, problems, keyCount } = checkLocale(language, english);
    const offered = meta && meta.status !== 'incomplete';
    const byKind = new Map();
    for (const { kind } of problems) byKind.set(kind, (byKind.get(kind) ?? 0) + 1);
    const counts = [...byKind].map(([kind, count]) => `${count} ${kind}`);
    console.log(`${language} (${meta?.name ?? '?'}, ${meta?.status ?? 'no status'}${offered ? ', offered' : ', hidden'}): ${keyCount} strings; ${counts.join(', ') || 'no problems'}`);
    for (const { kind, key, detail } of problems) console.log(`  ${kind.padEnd(12)} ${key}${detail ? `  ${detail}` : ''}`);
    if (offered && problems.length > 0) failed = true;
  }
  process.exit(failed ? 1 : 0);
}
