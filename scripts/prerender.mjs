// Puts the start page's HTML into dist/index.html, rendered with the app's own components in the
// default language, so that the first paint needs no script (docs/decisions/0009).
import { readFileSync, writeFileSync } from 'node:fs';
import { createServer } from 'vite';

const dist = process.argv[2] ?? 'dist';
const vite = await createServer({ server: { middlewareMode: true, hmr: false }, appType: 'custom', logLevel: 'error' });
try {
  const { prerenderStartPage } = await vite.ssrLoadModule('/src/app/prerender.tsx');
  const html = prerenderStartPage(readFileSync('public/clinic.json', 'utf8'));
  const indexPath = `${dist}/index.html`;
  const index = readFileSync(indexPath, 'utf8');
  if (!index.includes('<div id="root"></div>')) throw new Error(`${indexPath} has no empty <div id="root"></div>`);
  writeFileSync(indexPath, index.replace('<div id="root"></div>', `<div id="root">${html}</div>`));
  console.log(`prerendered the start page into ${indexPath}: ${html.length} characters`);
} finally {
  await vite.close();
}
