// First-load budget: the HTML plus every script and stylesheet it loads before the start page works,
// gzip-compressed as a static host would serve them. Prints the figure; exits 1 above the budget.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';

const dist = process.argv[2] ?? 'dist';
const budgetBytes = Number(process.env.FIRST_LOAD_BUDGET ?? 150 * 1024);
const html = readFileSync(join(dist, 'index.html'), 'utf8');
const assets = [...html.matchAll(/(?:src|href)="\/?(assets\/[^"]+\.(?:js|css))"/g)].map((match) => match[1]);
const gzip = (buffer) => gzipSync(buffer, { level: 9 }).length;

let total = gzip(Buffer.from(html));
console.log(`  index.html ${total} B gzip`);
for (const asset of new Set(assets)) {
  const size = gzip(readFileSync(join(dist, asset)));
  total += size;
  console.log(`  ${asset} ${size} B gzip`);
}
const kib = (bytes) => (bytes / 1024).toFixed(1);
console.log(`first load: ${total} B gzip (${kib(total)} KiB) of a ${kib(budgetBytes)} KiB budget`);
if (total > budgetBytes) {
  console.error(`first load is ${kib(total - budgetBytes)} KiB over budget`);
  process.exit(1);
}
