// `npm test`: every check and suite in order, then one line with the totals. Exits non-zero on any failure.
import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { playwrightTotals, vitestTotals } from './suite-totals.mjs';

const scratch = mkdtempSync(join(tmpdir(), 'prescreen-tests-'));
const vitestJson = join(scratch, 'vitest.json');
const playwrightJson = join(scratch, 'playwright.json');
const chrome = process.env.CHROME_PATH ?? '/usr/bin/chromium';

function run(command, args, env = {}) {
  console.log(`\n$ ${[command, ...args].join(' ')}`);
  return spawnSync(command, args, { stdio: 'inherit', env: { ...process.env, ...env } }).status === 0;
}

const results = [];
const check = (name, ok) => results.push({ name, passed: ok ? 1 : 0, failed: ok ? 0 : 1 });

check('typecheck', run('npx', ['tsc', '-p', 'tsconfig.json']));
check('lint', run('npx', ['eslint', '.', '--max-warnings=0']));
check('translations', run('node', ['scripts/i18n-check.mjs']));

const unitRan = run('npx', ['vitest', 'run', '--reporter=default', '--reporter=json', `--outputFile.json=${vitestJson}`]);
if (existsSync(vitestJson)) {
  results.push({ name: 'unit and component tests', ...vitestTotals(JSON.parse(readFileSync(vitestJson, 'utf8')), unitRan) });
} else {
  check('unit and component tests', false);
}

const built = run('npx', ['vite', 'build']) && run('node', ['scripts/prerender.mjs', 'dist']);
check('build', built);
check('first-load budget', built && run('node', ['scripts/budget.mjs', 'dist']));

if (!existsSync(chrome)) {
  console.error(`\nNo Chromium at ${chrome}: install Debian's chromium package or set CHROME_PATH.`);
  check('end-to-end (browser missing)', false);
} else if (built) {
  const endToEndRan = run('npx', ['playwright', 'test', '-c', 'tests/e2e/playwright.config.ts'], { PLAYWRIGHT_JSON: playwrightJson });
  if (existsSync(playwrightJson)) {
    results.push({ name: 'end-to-end in Chromium', ...playwrightTotals(JSON.parse(readFileSync(playwrightJson, 'utf8')), endToEndRan) });
  } else {
    check('end-to-end in Chromium', false);
  }
}

console.log('\nSuites:');
for (const { name, passed, failed } of results) console.log(`  ${name}: ${passed} passed, ${failed} failed`);
const passed = results.reduce((sum, result) => sum + result.passed, 0);
const failed = results.reduce((sum, result) => sum + result.failed, 0);
console.log(`${passed} passed, ${failed} failed`);
process.exit(failed === 0 ? 0 : 1);
