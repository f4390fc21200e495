import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { readClinicConfig } from './clinic-config.ts';

const example = JSON.parse(readFileSync(new URL('../../public/clinic.json', import.meta.url), 'utf8')) as Record<string, unknown>;
const languages = ['en', 'es', 'ar'];
const read = (config: unknown) => readClinicConfig(JSON.stringify(config), languages);

/** One wrong value per field, and the problem the deployer should be told about. */
const wrong: [field: string, value: unknown, problem: string][] = [
  ['name', '', 'tooSmall'],
  ['name', 3, 'wrongType_string'],
  ['phone', 'call us', 'invalidPhone'],
  ['email', 'not-an-email', 'invalidEmail'],
  ['address', 'x'.repeat(301), 'tooBig'],
  ['region', 'ZZ', 'unknownRegion'],
  ['defaultLanguage', 'fr', 'unknownLanguage'],
  ['enabledLanguages', [], 'tooSmall'],
  ['enabledLanguages', 'en', 'wrongType_array'],
  ['minimumAge', 'eighteen', 'wrongType_number'],
  ['minimumAge', 17.5, 'wrongType_int'],
  ['treatments', ['pills'], 'notAllowed'],
  ['sharing', 'yes', 'wrongType_boolean'],
  ['draftExpiryDays', 0, 'tooSmall'],
  ['quickExitUrl', 'javascript:alert(1)', 'invalidUrl'],
];

describe('clinic.json', () => {
  it('reads the example shipped with the app', async () => {
    expect(await read(example)).toMatchObject({ config: { name: 'Example Ketamine Clinic', region: 'US' } });
  });

  it.each(wrong)('names the field when %s is %j', async (field, value, problem) => {
    const result = await read({ ...example, [field]: value });
    expect(result).toHaveProperty('problems');
    if (!('problems' in result)) return;
    expect(result.problems.map((found) => [found.field.split('.')[0], found.problem])).toContainEqual([field, problem]);
  });

  it('names every field left out that is required, whatever it checks first, and unknown ones', async () => {
    const { name: _name, region: _region, quickExitUrl: _quickExitUrl, ...rest } = example;
    const result = await read({ ...rest, colour: 'blue' });
    if (!('problems' in result)) throw new Error('expected problems');
    expect(result.problems).toEqual(
      expect.arrayContaining([
        { field: 'name', problem: 'missing' },
        { field: 'region', problem: 'missing' },
        { field: 'quickExitUrl', problem: 'missing' },
        { field: 'colour', problem: 'unknownField' },
      ]),
    );
  });

  it('says when the default language is not among the enabled ones, or the file is not JSON', async () => {
    expect(await read({ ...example, defaultLanguage: 'es', enabledLanguages: ['en'] })).toEqual({
      problems: [{ field: 'defaultLanguage', problem: 'defaultLanguageNotEnabled' }],
    });
    // With the parser's own words, which say where.
    expect(await readClinicConfig('{ name: ', languages)).toEqual({ problems: [{ field: 'clinic.json', problem: 'notJson', expected: expect.stringMatching(/position 2/) }] });
  });

  it('refuses a language whose translation is not finished, rather than quietly offering English', async () => {
    const result = await readClinicConfig(JSON.stringify({ ...example, defaultLanguage: 'fr', enabledLanguages: ['fr', 'en'] }), [...languages, 'fr'], languages);
    expect(result).toEqual({
      problems: [
        { field: 'defaultLanguage', problem: 'unfinishedLanguage' },
        { field: 'enabledLanguages.0', problem: 'unfinishedLanguage' },
      ],
    });
  });
});
