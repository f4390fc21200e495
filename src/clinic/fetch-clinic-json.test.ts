import { afterEach, describe, expect, it, vi } from 'vitest';
import { fetchClinicJson } from './fetch-clinic-json.ts';

const answering = (body: string, contentType: string, status = 200) =>
  vi.stubGlobal('fetch', vi.fn(async () => new Response(body, { status, headers: { 'content-type': contentType } })));

afterEach(() => vi.unstubAllGlobals());

describe('fetching clinic.json', () => {
  it('reads the file the host serves', async () => {
    answering('{"name":"Clinic"}', 'application/json');
    expect(await fetchClinicJson('http://127.0.0.1:4173/')).toBe('{"name":"Clinic"}');
  });

  it('takes the app page a host serves for every unknown address as no file, not as a file that is not JSON', async () => {
    answering('<!doctype html><html></html>', 'text/html; charset=utf-8');
    expect(await fetchClinicJson('http://127.0.0.1:4173/')).toBeUndefined();
  });

  it('takes a missing file, or no network, as no file', async () => {
    answering('Not found', 'text/plain', 404);
    expect(await fetchClinicJson('http://127.0.0.1:4173/')).toBeUndefined();
    vi.stubGlobal('fetch', vi.fn(async () => Promise.reject(new TypeError('offline'))));
    expect(await fetchClinicJson('http://127.0.0.1:4173/')).toBeUndefined();
  });
});
