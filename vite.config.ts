import { readFileSync } from 'node:fs';
import react from '@vitejs/plugin-react';
import type { Plugin } from 'vite';
import { defineConfig } from 'vitest/config';
import { fhirQuestionnaire } from '#src/fhir/questionnaire-plugin.ts';
import { laterNamespaces } from '#src/i18n/namespaces.ts';
import { eagerCommonJsWrappers } from '#scripts/eager-commonjs-wrappers.ts';
import { hostingHeaders } from '#scripts/hosting-headers.ts';

/**
 * Nothing may load from another origin, and no inline script may run. The policy is added to the
 * built page only: the development server needs an inline script for hot reloading.
 * `frame-ancestors` cannot be set from a meta tag; hosts send it as a header (public/_headers).
 */
export const contentSecurityPolicy = [
  "default-src 'self'",
  "script-src 'self'",
  "style-src 'self'",
  "img-src 'self' data:",
  "font-src 'self'",
  "connect-src 'self'",
  "object-src 'none'",
  "base-uri 'none'",
  "form-action 'self'",
].join('; ');

function contentSecurityPolicyMeta(): Plugin {
  return {
    name: 'content-security-policy-meta',
    apply: 'build',
    transformIndexHtml: (html) =>
      html.replace(
        '<meta charset="UTF-8" />',
        `<meta charset="UTF-8" />\n    <meta http-equiv="Content-Security-Policy" content="${contentSecurityPolicy}" />`,
      ),
  };
}

/**
 * `locales/<code>/meta.json?app`: only what the app reads of a locale's meta (its name, direction
 * and status), not the notes for translators, which would otherwise ride in the first load.
 */
function localeMetaForApp(): Plugin {
  const query = '?app';
  return {
    name: 'locale-meta-for-app',
    load(id) {
      if (!id.endsWith(`meta.json${query}`)) return null;
      const file = id.slice(0, -query.length);
      this.addWatchFile(file);
      const { name, dir, status } = JSON.parse(readFileSync(file, 'utf8')) as Record<string, unknown>;
      return `export default ${JSON.stringify({ name, dir, status })};`;
    },
  };
}

/**
 * Vite marks the page's script, its preload and its stylesheet `crossorigin`. All three come from
 * the page's own origin, where the attribute changes nothing: a module script is fetched with the
 * page's credentials with or without it, and a stylesheet from the same origin is readable either
 * way. Without it every first load is 9 B lighter.
 */
function withoutSameOriginCrossorigin(): Plugin {
  return {
    name: 'without-same-origin-crossorigin',
    apply: 'build',
    // The bare attribute only: a `crossorigin="use-credentials"` would mean something.
    transformIndexHtml: { order: 'post', handler: (html) => html.replace(/ crossorigin(?=[\s/>])/g, '') },
  };
}

/**
 * The line breaks and indents between the tags of index.html are dropped from the built page: 18 B
 * of gzip from every first load. Only runs holding a line break go, and the prerendered start page
 * (scripts/prerender.mjs) has none, so no space that the page shows is lost.
 */
function withoutIndentation(): Plugin {
  return {
    name: 'without-indentation',
    apply: 'build',
    transformIndexHtml: { order: 'post', handler: (html) => html.replace(/>\s*\n\s*</g, '><') },
  };
}

const loadedBeforeLazyChunks = /^assets\/(index|rolldown-runtime|framework)-/;

/** locales/<language>/<namespace>.json for the namespaces the questionnaire and summary use. */
const laterText = new RegExp(`locales/([^/]+)/(?:${laterNamespaces.join('|')})\\.json$`);

export default defineConfig({
  plugins: [react(), contentSecurityPolicyMeta(), fhirQuestionnaire(), localeMetaForApp(), hostingHeaders('public/_headers'), eagerCommonJsWrappers(), withoutSameOriginCrossorigin(), withoutIndentation()],
  resolve: {
    // @xstate/react imports the useSyncExternalStore shim written for React 17; React 19 has the hook.
    alias: { 'use-sync-external-store/shim': 'use-sync-external-store' },
  },
  // A text file is one default export: named exports would add a getter per top-level key to every
  // language's text.
  json: { namedExports: false },
  build: {
    target: 'es2022',
    // One stylesheet for every page: the summary's few rules cost the start page less than a file of
    // their own costs the journey.
    cssCodeSplit: false,
    sourcemap: false,
    modulePreload: {
      // Every browser the app supports has modulepreload; the polyfill would be dead weight in the first load.
      polyfill: false,
      // A lazy chunk need not name, among the files to fetch with it, those that are here before any
      // lazy chunk is asked for: the first load's, and React's, which is the first lazy chunk of all.
      resolveDependencies: (file, dependencies, { hostType }) =>
        hostType === 'html' ? dependencies : dependencies.filter((dependency) => dependency === file || !loadedBeforeLazyChunks.test(dependency)),
    },
    // Read by scripts/prerender.mjs (to list what the start page prefetches), then removed.
    manifest: true,
    rolldownOptions: {
      output: {
        // The journey's code arrives in a few large chunks rather than dozens of small ones: each file
        // costs a request and compresses on its own, and no part is useful without the rest of it.
        // Higher priorities claim a module first.
        codeSplitting: {
          includeDependenciesRecursively: false,
          groups: [
            // React and i18next, and the few small modules every lazy part uses (the page title and
            // heading, the clinic, list formatting, lazy pages): in a chunk of their own, no chunk
            // imports from a chunk that imports from it.
            {
              name: 'framework',
              priority: 40,
              test: /node_modules\/(react|react-dom|scheduler|i18next|react-i18next|use-sync-external-store)\/|src\/(app\/react-dom-first|clinic\/clinic-context|ui\/(page-heading|page-shown|page-title|after-paint|lazy-page|next-task)|i18n\/(format-list|intl-formats))\./,
            },
            {
              name: 'questionnaire',
              priority: 30,
              test: /node_modules\/(react-hook-form|@hookform|xstate|@xstate|use-isomorphic-layout-effect)\/|src\/(app\/(app\.tsx|questionnaire-app|draft-|use-browser|use-page-ahead|your-answers|browser-history|page-address)|machine|questionnaire|steps|check-answers|persistence\/(saved-draft|clean-answers|draft-storage)|instruments|safety\/crisis-(page|lines)|ui\/(back-link|leave-page|error-message|error-summary|described-by|focus-when-shown)|i18n\/(keys|format-answer)|summary\/answer-rows)/,
            },
            // The summary page and what hands it over, fetched together when the check-answers page is left.
            { name: 'summary', priority: 20, test: /src\/summary\/|src\/handover\/(handover\.css|handover-panel|share-link-panel|download-file|code-on-press)/ },
            // A language's text after the start page arrives in one chunk (locale-es-text-<hash>.js);
            // the accessibility statement's stays apart, as few people open it.
            {
              name: (id) => {
                const language = laterText.exec(id)?.[1];
                return language ? `locale-${language}-text` : null;
              },
              debugName: 'locale-text',
              priority: 10,
            },
          ],
        },
        // Locale chunks say whose text they carry (locale-es-text-<hash>.js, locale-es-accessibility-<hash>.js),
        // so their sizes can be reported and the first load shown to carry one language only.
        chunkFileNames: (chunk) => {
          const locale = /locales\/([^/]+)\/([^/]+)\.json$/.exec(chunk.facadeModuleId ?? '');
          return locale ? `assets/locale-${locale[1]}-${locale[2]}-[hash].js` : 'assets/[name]-[hash].js';
        },
      },
    },
  },
  test: {
    environment: 'node',
    include: ['src/**/*.test.{ts,tsx}', 'tests/unit/**/*.test.{ts,tsx}'],
    setupFiles: ['src/testing/setup-tests.ts'],
    // The random-journey property test takes about a minute; the other files run beside it.
    maxWorkers: 2,
  },
});
