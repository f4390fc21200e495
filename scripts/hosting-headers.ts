import { readFileSync } from 'node:fs';
import type { Plugin } from 'vite';

/** One block of a `_headers` file: a path pattern and the headers sent with what it matches. */
export interface HeaderRule {
  pattern: string;
  headers: [name: string, value: string][];
}

/**
 * Reads a `_headers` file as Netlify and Cloudflare Pages do: a line naming a path (`/*`,
 * `/assets/*`), then its headers indented below it as `Name: value`; `#` starts a comment.
 */
export function parseHeadersFile(text: string): HeaderRule[] {
  const rules: HeaderRule[] = [];
  for (const line of text.split(/\r?\n/)) {
    if (!line.trim() || line.trimStart().startsWith('#')) continue;
    if (!/^\s/.test(line)) {
      rules.push({ pattern: line.trim(), headers: [] });
      continue;
    }
    const colon = line.indexOf(':');
    const rule = rules.at(-1);
    if (colon < 0 || !rule) throw new Error(`_headers: "${line.trim()}" is not a header under a path`);
    rule.headers.push([line.slice(0, colon).trim(), line.slice(colon + 1).trim()]);
  }
  return rules;
}

const matches = (pattern: string, path: string) => (pattern.endsWith('*') ? path.startsWith(pattern.slice(0, -1)) : path === pattern);

/** The headers for `path`: every matching rule's, a later rule's value replacing an earlier one's. */
export function headersFor(rules: readonly HeaderRule[], path: string): Map<string, string> {
  const headers = new Map<string, string>();
  for (const rule of rules) if (matches(rule.pattern, path)) for (const [name, value] of rule.headers) headers.set(name, value);
  return headers;
}

/**
 * `vite preview` sends what `file` (public/_headers) tells hosts to send, so that the browser
 * tests and the bench see the site as the README says to host it: its Content-Security-Policy and
 * other headers, and code in /assets/ kept by the browser, so what the start page prefetches is
 * used without asking the server again. Without it the preview asks browsers to check every file
 * each time it is used.
 */
export function hostingHeaders(file: string): Plugin {
  return {
    name: 'hosting-headers',
    configurePreviewServer(server) {
      const rules = parseHeadersFile(readFileSync(file, 'utf8'));
      server.middlewares.use((request, response, next) => {
        const path = new URL(request.url ?? '/', 'http://preview.invalid').pathname;
        // Set before the preview serves the file; it keeps headers already set over its own.
        for (const [name, value] of headersFor(rules, path)) response.setHeader(name, value);
        next();
      });
    },
  };
}
