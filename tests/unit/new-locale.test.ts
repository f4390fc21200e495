import { cpSync, mkdtempSync, readdirSync, readFileSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, relative, sep } from 'node:path';
import { build } from 'vite';
import { afterAll, describe, expect, it } from 'vitest';

const root = new URL('../../', import.meta.url).pathname;
const copy = mkdtempSync(join(tmpdir(), 'prescreen-new-locale-'));

/** The project as a checkout has it: not what installing, building and testing add. */
const generated = new Set(['node_modules', '.git', 'dist', '.bench', 'test-results', 'playwright-report']);
const isProjectFile = (path: string) => !relative(root, path).split(sep).some((part) => generated.has(part));

afterAll(() => rmSync(copy, { recursive: true, force: true }));

describe('a new language', () => {
  it('is offered after adding a locale folder, with no code change', async () => {
    cpSync(root, copy, { recursive: true, filter: isProjectFile });
    symlinkSync(join(root, 'node_modules'), join(copy, 'node_modules'), 'dir');
    cpSync(join(copy, 'locales', 'en'), join(copy, 'locales', 'cy'), { recursive: true });
    writeFileSync(join(copy, 'locales', 'cy', 'meta.json'), JSON.stringify({ name: 'Cymraeg', dir: 'ltr', status: 'complete' }));

    await build({ root: copy, configFile: join(copy, 'vite.config.ts'), logLevel: 'silent', build: { outDir: join(copy, 'dist') } });

    const assets = readdirSync(join(copy, 'dist', 'assets'));
    expect(assets.filter((file) => file.startsWith('locale-cy-')).length).toBeGreaterThanOrEqual(4);
    const entry = readFileSync(join(copy, 'dist', 'index.html'), 'utf8');
    const entryScript = /src="\/(assets\/index-[^"]+\.js)"/.exec(entry)?.[1] ?? '';
    const firstLoad = assets.filter((file) => file.endsWith('.js') && !file.startsWith('locale-')).map((file) => readFileSync(join(copy, 'dist', 'assets', file), 'utf8')).join('');
    expect(entryScript).not.toBe('');
    expect(firstLoad).toContain('Cymraeg');
  }, 60_000);
});
