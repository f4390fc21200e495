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

/** Every text under `value` as `prefix.dotted.key` → text; keys whose value is neither text nor a group go to `notText`. */
function flatten(value, prefix, notText) {
  if (typeof value === 'string') return { [prefix]: value };
  if (value === null || typeof value !== 'object' || Array.isArray(value)) {
    notText.push(prefix);
    return {};
  }
  return Object.assign({}, ...Object.entries(value).map(([key, child]) => flatten(child, `${prefix}.${key}`, notText)));
}

/** A file's JSON, or the reason it cannot be read, with the file named as a translator sees it. */
function readJson(path, unreadable) {
  try {
    return JSON.parse(readFileSync(path, 'utf8'));
  } catch (error) {
    unreadable.push({ file: path.slice(path.indexOf('locales/')), reason: error instanceof Error ? error.message : String(error) });
    return undefined;
  }
}

/**
 * A locale's strings as `namespace.dotted.key` → text (meta.json apart), its meta, the files that
 * are not valid JSON, the keys whose value is not text, and whether its folder is missing.
 */
export function readLocale(language, localesRoot = root) {
  const folder = join(localesRoot, language);
  const strings = {};
  const unreadable = [];
  const notText = [];
  if (!existsSync(folder)) return { strings, meta: undefined, unreadable, notText, folderMissing: true };
  for (const file of readdirSync(folder).filter((name) => name.endsWith('.json') && name !== 'meta.json')) {
    const namespace = file.replace(/\.json$/, '');
    const json = readJson(join(folder, file), unreadable);
    if (json !== undefined) Object.assign(strings, flatten(json, namespace, notText));
  }
  const metaPath = join(folder, 'meta.json');
  const meta = existsSync(metaPath) ? readJson(metaPath, unreadable) : undefined;
  return { strings, meta, unreadable, notText, folderMissing: false };
}

/** The plural forms a language has (Intl.PluralRules), or undefined when the folder's name is no language code. */
function pluralCategories(language) {
  try {
    return new Intl.PluralRules(language).resolvedOptions().pluralCategories;
  } catch {
    return undefined;
  }
}

/** i18next reads `_zero` in every language, for a count of 0, whatever the language's own forms. */
const isPluralFormOf = (key, categories) => {
  const form = pluralSuffix.exec(key)?.[1];
  return form === 'zero' || categories.includes(form);
};

/** Forms for a count of zero, one or two may say it in words ("one medicine", "تجربتان"), or show it; the others must show the number. */
const mayLeaveOutCount = (key) => /_(zero|one|two)$/.test(key);

// {{- name}} is {{name}} left unescaped (not isolated in right-to-left text): the same placeholder.
const placeholders = (text) => [...text.matchAll(/{{-?\s*([\w.]+)[^}]*}}/g)].map((match) => match[1]).sort().join(',');
const withoutCount = (names) => names.split(',').filter((name) => name !== 'count').join(',');
const tags = (text) => [...text.matchAll(/<\/?(\d+)>/g)].map((match) => match[0]).sort().join('');

/** The problems of one locale compared with English. */
export function checkLocale(language, english = readLocale(source).strings, localesRoot = root) {
  const { strings, meta, unreadable, notText, folderMissing } = readLocale(language, localesRoot);
  const problems = [];
  const add = (kind, key, detail = '') => problems.push({ kind, key, detail });
  if (folderMissing) add('unreadable', `locales/${language}`, 'no such folder');
  for (const { file, reason } of unreadable) add('unreadable', file, reason);
  for (const key of notText) add('notText', key, 'must be text in quotes, or a group of keys in { }');
  const categories = pluralCategories(language);
  if (!categories) add('folder', `locales/${language}`, 'the folder must be named by a language code, such as fr, pt-BR or zh-Hant');
  if (folderMissing) return { language, meta, problems, keyCount: 0 };
  if (!meta) add('meta', 'meta.json', 'missing: name, dir and status are needed');
  else {
    if (!meta.name) add('meta', 'meta.json', 'no native name');
    if (!['ltr', 'rtl'].includes(meta.dir)) add('meta', 'meta.json', 'dir must be "ltr" or "rtl"');
    if (!['complete', 'draft', 'incomplete'].includes(meta.status)) add('meta', 'meta.json', 'status must be complete, draft or incomplete');
  }
  const base = (key) => key.replace(pluralSuffix, '');
  const englishBases = new Set(Object.keys(english).map(base));
  const pluralBases = new Set(Object.keys(english).filter((key) => pluralSuffix.test(key)).map(base));
  // A file that cannot be read is one problem, not one per key in it.
  const unreadableNamespaces = new Set(unreadable.map(({ file }) => /([^/]+)\.json$/.exec(file)?.[1]));
  const inReadableFile = (key) => !unreadableNamespaces.has(key.slice(0, key.indexOf('.')));
  for (const key of Object.keys(english)) {
    if (pluralSuffix.test(key) || !inReadableFile(key)) continue;
    if (!(key in strings) && !notText.includes(key)) add('missing', key);
  }
  for (const plural of pluralBases) {
    if (!inReadableFile(plural)) continue;
    for (const category of categories ?? ['other']) if (!(`${plural}_${category}` in strings)) add('plural', `${plural}_${category}`, `needed for ${language}`);
  }
  for (const [key, text] of Object.entries(strings)) {
    const englishKey = key in english ? key : `${base(key)}_other`;
    if (!englishBases.has(base(key))) add('extra', key);
    else if (pluralSuffix.test(key) && !pluralBases.has(base(key))) add('extra', key);
    else if (categories && pluralSuffix.test(key) && !isPluralFormOf(key, categories)) add('extra', key, `${language} has no "${pluralSuffix.exec(key)?.[1]}" plural form`);
    if (text.trim() === '') add('empty', key);
    const englishText = english[englishKey];
    if (englishText === undefined) continue;
    if (placeholders(text) !== placeholders(englishText) && !(mayLeaveOutCount(key) && withoutCount(placeholders(text)) === withoutCount(placeholders(englishText)))) {
      const named = (names) => (names ? names.split(',').map((name) => `{{${name}}}`).join(' ') : 'none');
      add('placeholders', key, `has ${named(placeholders(text))}, English has ${named(placeholders(englishText))}`);
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
    // A key starts with its file's name: rules.underAge.title is in locales/<language>/rules.json.
    const fileOf = (key) => (/^[\w-]+\./.test(key) ? `  (locales/${language}/${key.slice(0, key.indexOf('.'))}.json)` : '');
    for (const { kind, key, detail } of problems) console.log(`  ${kind.padEnd(12)} ${key}${detail ? `  ${detail}` : ''}${fileOf(key)}`);
    if (offered && problems.length > 0) failed = true;
  }
  process.exit(failed ? 1 : 0);
}
