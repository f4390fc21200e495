// First-load budget: the HTML plus every script and stylesheet it loads before the start page works,
// gzip-compressed as a static host would serve them. Prints the figure; exits 1 above the budget.
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { firstLoad, gzipSize } from './bundle-sizes.mjs';

const dist = process.argv[2] ?? 'dist';
const budgetBytes = Number(process.env.FIRST_LOAD_BUDGET ?? 115 * 1024);
const { files, bytes: total } = firstLoad(dist);
for (const { file, bytes } of files) console.log(`  ${file} ${bytes} B gzip`);
const firstLoadText = files.map(({ file }) => readFileSync(join(dist, file), 'utf8')).join('');

// The start page's script is one file. A module it shares with a lazy chunk can be split out into a
// chunk of its own, which the script then imports: one more request before the page works, a few
// hundred bytes the budget would hardly notice. Importing start-page modules from the questionnaire
// did that to the language list (src/i18n/locales.ts).
const scripts = files.filter(({ file }) => file.endsWith('.js')).map(({ file }) => file);
if (scripts.length !== 1) {
  console.error(`the first load has ${scripts.length} scripts (${scripts.join(', ')}); the start page's script should be one file`);
  process.exit(1);
}

// Each language's text is in its own chunks; the first load carries English only.
const localeChunks = readdirSync(join(dist, 'assets')).filter((file) => file.startsWith('locale-'));
const byLanguage = new Map();
for (const file of localeChunks) {
  const [, language] = /^locale-([^-]+(?:-[A-Z]{2})?)-/.exec(file) ?? [];
  const size = gzipSize(readFileSync(join(dist, 'assets', file)));
  byLanguage.set(language, [...(byLanguage.get(language) ?? []), `${file.replace(/-[\w-]{8}\.js$/, '')} ${size} B`]);
}
for (const [language, chunks] of byLanguage) console.log(`  locale ${language}: ${chunks.join(', ')}`);
const otherLanguages = readdirSync('locales', { withFileTypes: true })
  .filter((entry) => entry.isDirectory() && entry.name !== 'en')
  .map((entry) => entry.name);
for (const language of otherLanguages) {
  const { appName } = JSON.parse(readFileSync(join('locales', language, 'common.json'), 'utf8'));
  if (firstLoadText.includes(appName)) {
    console.error(`the first load carries ${language} text ("${appName}")`);
    process.exit(1);
  }
}
console.log(`first load carries one language (en); ${otherLanguages.length} other(s) load on demand`);
const kib = (bytes) => (bytes / 1024).toFixed(1);
console.log(`first load: ${total} B gzip (${kib(total)} KiB) of a ${kib(budgetBytes)} KiB budget`);
if (total > budgetBytes) {
  console.error(`first load is ${kib(total - budgetBytes)} KiB over budget`);
  process.exit(1);
}
