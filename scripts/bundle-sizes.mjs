// Sizes of a build as a static host would serve it: each file gzip-compressed at level 9. Used by
// the first-load budget, the browser journeys and the bench, so all three count alike.
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';

/** Bytes after gzip level 9. */
export const gzipSize = (buffer) => gzipSync(buffer, { level: 9 }).length;

/** The scripts and stylesheets index.html loads (modulepreload links included), as assets/… paths. */
export function firstLoadAssets(dist) {
  const html = readFileSync(join(dist, 'index.html'), 'utf8');
  const assets = [...html.matchAll(/(?:src|href)="\/?(assets\/[^"]+\.(?:js|css))"/g)].map((match) => match[1]);
  return [...new Set(assets)];
}

/** The HTML plus everything it loads before the start page works: the files and their total. */
export function firstLoad(dist) {
  const files = ['index.html', ...firstLoadAssets(dist)].map((file) => ({ file, bytes: gzipSize(readFileSync(join(dist, file))) }));
  return { files, bytes: files.reduce((total, { bytes }) => total + bytes, 0) };
}

/** Every file in assets/ that the first load does not fetch, largest first. */
export function lazyChunks(dist) {
  const loadedFirst = new Set(firstLoadAssets(dist));
  return readdirSync(join(dist, 'assets'))
    .map((name) => `assets/${name}`)
    .filter((file) => !loadedFirst.has(file))
    .map((file) => ({ file, bytes: gzipSize(readFileSync(join(dist, file))) }))
    .sort((a, b) => b.bytes - a.bytes);
}

/**
 * The gzip size of the URL paths a browser fetched, each counted once; `/` (any query) is
 * index.html. Paths with no file in the build (a 404, say) are returned as missing.
 */
export function gzipSizeOfPaths(dist, paths) {
  const files = [...new Set(paths.map((path) => (path === '/' ? '/index.html' : path)))];
  const present = files.filter((file) => existsSync(join(dist, file)));
  return {
    bytes: present.reduce((total, file) => total + gzipSize(readFileSync(join(dist, file))), 0),
    files: present.length,
    missing: files.filter((file) => !present.includes(file)),
  };
}
