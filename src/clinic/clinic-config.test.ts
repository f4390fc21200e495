import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { readClinicConfig } from './clinic-config.ts';

const example = JSON.parse(readFileSync(new URL('../../public/clinic.json', import.meta.url), 'utf8')) as Record<string, unknown>;
const languages = ['en', 'es', 'ar'];
const read = (config: unknown) => readClinicConfig(JSON.stringify(config), languages);

/** One wrong value per field, and the problem the deployer should be told about. */
const wrong: [field: string, value: unknown, problem: string][] = [
  ['name', '', 'tooSmall'],
  ['phone', 'call us', 'invalidPhone'],
  ['email', 'not-an-email', 'invalidEmail'],
  ['address', 'x'.repeat(301), 'tooBig'],
  ['region', 'ZZ', 'unknownRegion'],
  ['defaultLanguage', 'fr', 'unknownLanguage'],
  ['enabledLanguages', [], 'tooSmall'],
  ['minimumAge', 'eighteen', 'wrongType'],
  ['treatments', ['pills'], 'notAllowed'],
  ['sharing', 'yes', 'wrongType'],
  ['draftExpiryDays', 0, 'tooSmall'],
  ['quickExitUrl', 'javascript:alert(1)', 'invalidUrl'],
];

describe('clinic.json', () => {
  it('reads the example shipped with the app', () => {
    expect(read(example)).toMatchObject({ config: { name: 'Example Ketamine Clinic', region: 'US' } });
  });

  it.each(wrong)('names the field when %s is %j', (field, value, problem) => {
    const result = read({ ...example, [field]: value });
    expect(result).toHaveProperty('problems');
    if (!('problems' in result)) return;
    expect(result.problems.map((found) => [found.field.split('.')[0], found.problem])).toContainEqual([field, problem]);
  });

  it('names every field left out that is required, and unknown ones', () => {
    const { name: _name, region: _region, ...rest } = example;
    const result = read({ ...rest, colour: 'blue' });
    if (!('problems' in result)) throw new Error('expected problems');
    expect(result.problems).toEqual(
      expect.arrayContaining([
        { field: 'name', problem: 'missing' },
        { field: 'region', problem: 'unknownRegion' },
        { field: 'colour', problem: 'unknownField' },
      ]),
    );
  });

  it('says when the default language is not among the enabled ones, or the file is not JSON', () => {
    expect(read({ ...example, defaultLanguage: 'es', enabledLanguages: ['en'] })).toEqual({
      problems: [{ field: 'defaultLanguage', problem: 'defaultLanguageNotEnabled' }],
    });
    expect(readClinicConfig('{ name: ', languages)).toEqual({ problems: [{ field: 'clinic.json', problem: 'notJson' }] });
  });
});
