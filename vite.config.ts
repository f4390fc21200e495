import react from '@vitejs/plugin-react';
import type { Plugin } from 'vite';
import { defineConfig } from 'vitest/config';
import { fhirQuestionnaire } from '#src/fhir/questionnaire-plugin.ts';

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

export default defineConfig({
  plugins: [react(), contentSecurityPolicyMeta(), fhirQuestionnaire()],
  build: {
    target: 'es2022',
    sourcemap: false,
    // Every browser the app supports has modulepreload; the polyfill would be dead weight in the first load.
    modulePreload: { polyfill: false },
    // Read by scripts/prerender.mjs (to list what the start page prefetches), then removed.
    manifest: true,
    rolldownOptions: {
      output: {
        // Locale chunks are named after their folder and file (locale-es-questionnaire-<hash>.js), so
        // their sizes can be reported and the first load shown to carry one language only.
        // The questionnaire's code arrives in one piece, right after the first paint: one file
        // compresses better than a dozen small ones, and nothing in it is useful without the rest.
        codeSplitting: {
          includeDependenciesRecursively: false,
          groups: [
            // React and i18next, which the start page's takeover and the questionnaire both use: in a
            // chunk of their own, no chunk imports from a chunk that imports from it.
            { name: 'framework', test: /node_modules\/(react|react-dom|scheduler|i18next|react-i18next|use-sync-external-store)\// },
            {
              name: 'questionnaire',
              test: /node_modules\/(react-hook-form|@hookform|xstate|@xstate)\/|src\/(app\/(app\.tsx|draft-|use-browser|your-answers|browser-history|page-address)|machine|questionnaire|steps|check-answers|persistence\/(saved-draft|clean-answers|draft-storage)|instruments|safety\/crisis-page)/,
            },
          ],
        },
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
