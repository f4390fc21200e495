import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { checkLocale } from '#scripts/i18n-check.mjs';

const localesRoot = join(mkdtempSync(join(tmpdir(), 'prescreen-i18n-check-')), 'locales');
afterAll(() => rmSync(localesRoot, { recursive: true, force: true }));

const english = {
  'summary.title': 'Your summary',
  'summary.trialsCount_one': '{{count}} medicine',
  'summary.trialsCount_other': '{{count}} medicines',
  'rules.age.title': 'Age',
  'rules.age.why': 'Because',
};
const meta = JSON.stringify({ name: 'Test', dir: 'ltr', status: 'draft' });

/** A locale folder with these files (name → text), checked against the English above. */
function check(language: string, files: Record<string, string>) {
  const folder = join(localesRoot, language);
  mkdirSync(folder, { recursive: true });
  for (const [name, text] of Object.entries(files)) writeFileSync(join(folder, name), text);
  return checkLocale(language, english, localesRoot).problems;
}

describe('the translation check', () => {
  it('names a file that is not valid JSON once, rather than every key in it as missing', () => {
    const problems = check('sv', { 'meta.json': meta, 'summary.json': '{ "title": "Sammanfattning", "trialsCount_one": "{{count}} läkemedel", "trialsCount_other": "{{count}} läkemedel" }', 'rules.json': '{ "age", }' });
    expect(problems.map(({ kind, key }) => [kind, key])).toEqual([['unreadable', 'locales/sv/rules.json']]);
  });

  it('says which value is neither text nor a group of keys', () => {
    const problems = check('de', { 'meta.json': meta, 'summary.json': '{ "title": null, "trialsCount_one": "{{count}} Medikament", "trialsCount_other": "{{count}} Medikamente" }', 'rules.json': '{ "age": { "title": "Alter", "why": "Weil" } }' });
    expect(problems.map(({ kind, key }) => [kind, key])).toEqual([['notText', 'summary.title']]);
  });

  it('wants the number in every plural form but those for zero, one and two, and no form the language lacks', () => {
    const problems = check('pl', {
      'meta.json': meta,
      // Polish has one, few, many and other; "two" is not among them.
      'summary.json': JSON.stringify({ title: 'Podsumowanie', trialsCount_one: 'jeden lek', trialsCount_few: '{{count}} leki', trialsCount_many: 'leków', trialsCount_other: '{{count}} leku', trialsCount_two: 'dwa leki' }),
      'rules.json': JSON.stringify({ age: { title: 'Wiek', why: 'Dlatego' } }),
    });
    expect(problems.map(({ kind, key }) => [kind, key])).toEqual([
      ['placeholders', 'summary.trialsCount_many'],
      ['extra', 'summary.trialsCount_two'],
    ]);
  });

  it('says when a folder is not named by a language code', () => {
    const problems = check('fr_FR', { 'meta.json': meta, 'summary.json': '{}', 'rules.json': '{}' });
    expect(problems.find(({ kind }) => kind === 'folder')?.key).toBe('locales/fr_FR');
  });

  it('names a language asked for that has no folder, once', () => {
    const { problems, keyCount } = checkLocale('nl', english, localesRoot);
    expect(problems.map(({ kind, key, detail }) => [kind, key, detail])).toEqual([['unreadable', 'locales/nl', 'no such folder']]);
    expect(keyCount).toBe(0);
  });
});
