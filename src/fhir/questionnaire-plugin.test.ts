import { readFileSync } from 'node:fs';
import { createServer as createHttpServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { build, createServer } from 'vite';
import { describe, expect, it } from 'vitest';
import commonText from '#locales/en/common.json';
import questionnaireText from '#locales/en/questionnaire.json';
import type { Questionnaire } from './fhir-types.ts';
import { localeText } from './locale-text.ts';
import { questionnaireResource } from './questionnaire.ts';
import { fhirQuestionnaire, questionnaireFileName, questionnaireJson } from './questionnaire-plugin.ts';

const root = process.cwd();
const { version } = JSON.parse(readFileSync('package.json', 'utf8')) as { version: string };
const text = localeText({ questionnaire: questionnaireText, common: commonText });

describe('the FHIR Questionnaire file', () => {
  it('is the Questionnaire built from the English locale on disk, versioned as package.json, dated on the build day', () => {
    const day = new Date('2026-11-22T23:59:00Z');
    expect(JSON.parse(questionnaireJson(root, day))).toEqual(questionnaireResource(text, { version, date: '2026-11-22' }));
  });

  it('is emitted into the build as fhir/questionnaire.json', async () => {
    const result = await build({
      configFile: false,
      root,
      logLevel: 'silent',
      plugins: [fhirQuestionnaire()],
      // Kept in memory, away from dist/: only the emitted file is of interest.
      build: { write: false, outDir: join(tmpdir(), 'fhir-plugin-test'), copyPublicDir: false, lib: { entry: 'src/fhir/fhir-uris.ts', formats: ['es'], fileName: 'probe' } },
    });
    const files = (Array.isArray(result) ? result : [result]).flatMap((output) => ('output' in output ? output.output : []));
    const emitted = files.find((file) => file.fileName === questionnaireFileName);
    const source = emitted && 'source' in emitted ? emitted.source : undefined;
    const questionnaire = JSON.parse(typeof source === 'string' ? source : new TextDecoder().decode(source)) as Questionnaire;
    expect(questionnaire).toMatchObject({ resourceType: 'Questionnaire', url: 'urn:ketamine-prescreen:questionnaire', version });
  }, 30_000);

  it('is served at the same path by the development server', async () => {
    const vite = await createServer({
      configFile: false,
      root,
      logLevel: 'silent',
      plugins: [fhirQuestionnaire()],
      server: { middlewareMode: true, ws: false },
    });
    const http = createHttpServer(vite.middlewares);
    await new Promise<void>((resolve) => http.listen(0, '127.0.0.1', resolve));
    try {
      const response = await fetch(`http://127.0.0.1:${(http.address() as AddressInfo).port}/${questionnaireFileName}`);
      expect(response.headers.get('content-type')).toContain('application/fhir+json');
      expect(await response.json()).toMatchObject({ resourceType: 'Questionnaire', version });
    } finally {
      http.close();
      await vite.close();
    }
  }, 30_000);
});
