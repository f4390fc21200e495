import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { preview, type PreviewServer } from 'vite';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { headersFor, hostingHeaders, parseHeadersFile } from '#scripts/hosting-headers.ts';

const headersFile = new URL('../../public/_headers', import.meta.url).pathname;
const rules = parseHeadersFile(readFileSync(headersFile, 'utf8'));

describe('the headers public/_headers tells hosts to send', () => {
  it('lets browsers keep the files in /assets/, whose names change with their content', () => {
    expect(headersFor(rules, '/assets/questionnaire-e5Kdb-sH.js').get('Cache-Control')).toBe('public, max-age=31536000, immutable');
  });

  it('has browsers ask again for the page and clinic.json, which keep their names when they change', () => {
    expect(headersFor(rules, '/').get('Cache-Control')).toBeUndefined();
    expect(headersFor(rules, '/clinic.json').get('Cache-Control')).toBeUndefined();
  });

  it('sends the security policy with every file, including one no frame may embed', () => {
    for (const path of ['/', '/index.html', '/assets/framework.js']) {
      expect(headersFor(rules, path).get('Content-Security-Policy')).toContain("frame-ancestors 'none'");
    }
  });

  it('refuses a header line that belongs to no path, rather than dropping it', () => {
    expect(() => parseHeadersFile('  X-Frame-Options: DENY\n')).toThrow(/not a header under a path/);
  });
});

describe('vite preview with the hosting headers', () => {
  const site = mkdtempSync(join(tmpdir(), 'prescreen-hosting-'));
  let server: PreviewServer;
  let origin: string;

  beforeAll(async () => {
    mkdirSync(join(site, 'dist', 'assets'), { recursive: true });
    writeFileSync(join(site, 'dist', 'index.html'), '<!doctype html><title>Site</title>');
    writeFileSync(join(site, 'dist', 'assets', 'app-1a2b3c.js'), 'export {};');
    server = await preview({
      root: site,
      configFile: false,
      logLevel: 'silent',
      plugins: [hostingHeaders(headersFile)],
      preview: { host: '127.0.0.1', port: 0 },
    });
    origin = server.resolvedUrls?.local[0] ?? '';
  });

  afterAll(async () => {
    await server?.close();
    rmSync(site, { recursive: true, force: true });
  });

  it('serves code the browser keeps, in place of the preview’s own "ask every time"', async () => {
    const response = await fetch(new URL('assets/app-1a2b3c.js', origin));
    expect(response.status).toBe(200);
    expect(response.headers.get('cache-control')).toBe('public, max-age=31536000, immutable');
  });

  it('serves the page with the security policy as a header', async () => {
    const response = await fetch(origin);
    expect(response.headers.get('content-security-policy')).toContain("frame-ancestors 'none'");
    expect(response.headers.get('cache-control')).not.toContain('immutable');
  });
});
