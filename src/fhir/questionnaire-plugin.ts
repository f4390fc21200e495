import { readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import type { Plugin } from 'vite';
import { localeText } from './locale-text.ts';
import { questionnaireResource } from './questionnaire.ts';

/** Where the Questionnaire is served, under the site's base: `dist/fhir/questionnaire.json`. */
export const questionnaireFileName = 'fhir/questionnaire.json';

const readJson = (root: string, file: string): unknown => JSON.parse(readFileSync(join(root, file), 'utf8'));

const localeFiles = { questionnaire: 'locales/en/questionnaire.json', common: 'locales/en/common.json' } as const;

/** package.json's version: the Questionnaire's version, and the one every response refers to. */
function packageVersion(root: string): string {
  const { version } = readJson(root, 'package.json') as { version?: unknown };
  if (typeof version !== 'string') throw new Error('package.json has no version for the FHIR Questionnaire');
  return version;
}

/**
 * The Questionnaire as the file's text, from the English locale on disk. The date is the build's
 * day, or SOURCE_DATE_EPOCH's for a reproducible build.
 */
export function questionnaireJson(root: string, now = sourceDate()): string {
  const text = localeText(Object.fromEntries(Object.entries(localeFiles).map(([namespace, file]) => [namespace, readJson(root, file)])));
  const resource = questionnaireResource(text, { version: packageVersion(root), date: now.toISOString().slice(0, 10) });
  return `${JSON.stringify(resource, null, 2)}\n`;
}

function sourceDate(): Date {
  const epoch = Number(process.env.SOURCE_DATE_EPOCH);
  return Number.isFinite(epoch) && epoch > 0 ? new Date(epoch * 1000) : new Date();
}

/**
 * Emits the FHIR Questionnaire into the build and serves it from the development server, and gives
 * app code the version responses refer to (`__QUESTIONNAIRE_VERSION__`, read by questionnaire-version.ts).
 * The locale is read here, at build time, so no app chunk carries it for this.
 */
export function fhirQuestionnaire(): Plugin {
  let root = process.cwd();
  let base = '/';
  return {
    name: 'fhir-questionnaire',
    config: (config) => ({ define: { __QUESTIONNAIRE_VERSION__: JSON.stringify(packageVersion(resolve(config.root ?? ''))) } }),
    configResolved: (config) => {
      root = config.root;
      base = config.base;
    },
    buildStart() {
      for (const file of [...Object.values(localeFiles), 'package.json']) this.addWatchFile(join(root, file));
    },
    generateBundle() {
      this.emitFile({ type: 'asset', fileName: questionnaireFileName, source: questionnaireJson(root) });
    },
    configureServer(server) {
      server.middlewares.use((request, response, next) => {
        if (request.url?.split('?')[0] !== `${base}${questionnaireFileName}`) return next();
        // Built on each request, so an edited locale shows without a restart.
        response.setHeader('Content-Type', 'application/fhir+json; charset=utf-8');
        response.end(questionnaireJson(root));
      });
    },
  };
}
