// Puts the start page's HTML into dist/index.html, rendered with the app's own components in the
// default language with the clinic.json present at build time, so that the first paint needs no
// script (docs/decisions/0009). The root element also says which clinic.json it was rendered from
// and which files the app needs once someone uses the page (docs/decisions/0011).
import { readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { createServer } from 'vite';

const dist = process.argv[2] ?? 'dist';
/**
 * What the start page fetches after its first paint and runs when someone uses it: the app's entry,
 * and the chunks (named in vite.config.ts) of the questionnaire's code and of its English text. The
 * accessibility statement's text is fetched only if someone opens it.
 */
const prefetchedEntry = 'src/app/mount-app.tsx';
const prefetchedChunks = ['questionnaire', 'locale-en-text'];

/** Every file an entry of the build manifest loads with it: its chunk, the chunks it imports, their styles. */
function filesOf(manifest, key, seen = new Set()) {
  const entry = manifest[key];
  if (!entry || seen.has(key)) return [];
  seen.add(key);
  return [entry.file, ...(entry.css ?? []), ...(entry.imports ?? []).flatMap((imported) => filesOf(manifest, imported, seen))];
}

// The production build of the page has no pseudo-locales; neither may its prerendered language list.
process.env.NODE_ENV = 'production';
const vite = await createServer({ server: { middlewareMode: true, hmr: false }, appType: 'custom', logLevel: 'error', mode: 'production' });
try {
  const { prerenderStartPage, clinicFingerprint } = await vite.ssrLoadModule('/src/app/prerender.tsx');
  const clinicJson = readFileSync('public/clinic.json', 'utf8');
  const { html, problems } = await prerenderStartPage(clinicJson);
  // The build goes on: the file can be fixed in dist/ without rebuilding, and the app names each problem.
  const messages = JSON.parse(readFileSync('locales/en/clinicConfig.json', 'utf8')).problems;
  for (const { field, problem, expected } of problems) {
    console.warn(`public/clinic.json: ${field}: ${(messages[problem] ?? problem).replace('{{expected}}', expected ?? '')}`);
  }
  const indexPath = join(dist, 'index.html');
  const index = readFileSync(indexPath, 'utf8');
  if (!index.includes('<div id="root"></div>')) throw new Error(`${indexPath} has no empty <div id="root"></div>`);

  const manifestPath = join(dist, '.vite', 'manifest.json');
  const manifest = JSON.parse(readFileSync(manifestPath, 'utf8'));
  const firstLoad = new Set(filesOf(manifest, 'index.html'));
  const chunks = prefetchedChunks.map((name) => {
    const named = Object.keys(manifest).filter((key) => manifest[key].name === name);
    if (named.length !== 1) throw new Error(`expected one ${name} chunk in the build, found ${named.length}`);
    return named[0];
  });
  const prefetch = [...new Set([prefetchedEntry, ...chunks].flatMap((key) => filesOf(manifest, key)))]
    .filter((file) => !firstLoad.has(file))
    .map((file) => `/${file}`);
  rmSync(join(dist, '.vite'), { recursive: true });

  // An invalid clinic.json prerenders nothing, and the app shows what is wrong with it.
  const root = html ? `<div id="root" data-clinic="${clinicFingerprint(clinicJson)}" data-prefetch="${prefetch.join(' ')}">${html}</div>` : '<div id="root"></div>';
  writeFileSync(indexPath, index.replace('<div id="root"></div>', root));
  console.log(`prerendered the start page into ${indexPath}: ${html.length} characters, ${prefetch.length} files to prefetch`);
} finally {
  await vite.close();
}
