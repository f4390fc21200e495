import { describe, expect, it } from 'vitest';
import { fields } from './fields.ts';
import { integerField, monthYearField, multiChoiceField, textField } from './question-kinds.ts';

/** The validation code a field reports for this input, or 'ok' with the parsed value. */
function check(schema: { safeParse: (value: unknown) => { success: boolean; data?: unknown; error?: { issues: { message: string }[] } } }, input: unknown) {
  const result = schema.safeParse(input);
  return result.success ? { ok: result.data } : result.error?.issues.map((issue) => issue.message);
}

describe('what people really type into a number', () => {
  const age = integerField(1, 120).schema;
  it.each([
    ['', ['required']],
    ['   ', ['required']],
    ['forty', ['notANumber']],
    ['4o', ['notANumber']],
    ['0x10', ['notANumber']],
    ['1e308', ['notANumber']],
    ['NaN', ['notANumber']],
    ['Infinity', ['notANumber']],
    ['0', ['tooSmall']],
    ['-0', ['tooSmall']],
    ['200', ['tooLarge']],
    ['42.5', ['notWholeNumber']],
    ['<b>42</b>', ['notANumber']],
  ])('%j gives the message %j', (input, expected) => {
    expect(check(age, input)).toEqual(expected);
  });

  it.each([
    ['42', 42],
    [' 42 ', 42],
    ['042', 42],
    ['+42', 42],
    // As Arabic, Persian and Urdu keyboards, and Japanese full-width input, type them.
    ['٤٢', 42],
    ['۴۲', 42],
    ['４２', 42],
    ['٤2', 42],
  ])('%j is read as %d', (input, expected) => {
    expect(check(age, input)).toEqual({ ok: expected });
  });
});

describe('a month and year', () => {
  const today = () => new Date(Date.UTC(2026, 10, 22));
  const date = monthYearField(today).schema;
  it('accepts this month and any past month', () => {
    expect(check(date, { month: '11', year: '2026' })).toEqual({ ok: { month: 11, year: 2026 } });
    expect(check(date, { month: '01', year: '1990' })).toEqual({ ok: { month: 1, year: 1990 } });
    expect(check(date, { month: '٣', year: '٢٠٢٤' })).toEqual({ ok: { month: 3, year: 2024 } });
  });
  it.each([
    [{ month: '', year: '' }, ['required', 'required']],
    [{ month: '12', year: '2026' }, ['dateInFuture']],
    [{ month: '1', year: '9999' }, ['dateInFuture']],
    [{ month: '13', year: '2020' }, ['invalidMonth']],
    [{ month: '0', year: '2020' }, ['invalidMonth']],
    [{ month: 'March', year: '2020' }, ['invalidMonth']],
    [{ month: '3', year: '0000' }, ['invalidYear']],
    [{ month: '3', year: '24' }, ['invalidYear']],
  ])('%j gives %j', (input, expected) => {
    expect(check(date, input)).toEqual(expected);
  });
});

describe('free text', () => {
  const text = textField({ maxLength: 200 }).schema;
  it('keeps markup exactly as typed, as text', () => {
    expect(check(text, '<script>alert(1)</script>')).toEqual({ ok: '<script>alert(1)</script>' });
  });
  it('refuses 10,000 characters with a clear message, and an empty answer when one is needed', () => {
    expect(check(text, 'x'.repeat(10_000))).toEqual(['tooLong']);
    expect(check(text, '   ')).toEqual(['required']);
  });
  it('stores an optional answer left blank as empty text, so the page counts as answered', () => {
    expect(check(textField({ maxLength: 10, optional: true }).schema, undefined)).toEqual({ ok: '' });
  });
});

describe('choices', () => {
  it('refuses a value that is not one of the options', () => {
    expect(check(fields.aneurysm.schema, 'maybe')).toEqual(['required']);
    expect(check(fields.aneurysm.schema, null)).toEqual(['required']);
  });
  it('refuses "none of these" together with other choices', () => {
    const medicines = multiChoiceField('set', ['a', 'b', 'none'], 'none').schema;
    expect(check(medicines, ['a', 'none'])).toEqual(['exclusiveChoice']);
    expect(check(medicines, false)).toEqual(['required']);
    expect(check(medicines, ['none'])).toEqual({ ok: ['none'] });
  });
});

describe('antidepressant trials', () => {
  const trials = fields.antidepressantTrials.schema;
  const trial = { medicine: 'sertraline', weeks: '8', takenAsPrescribed: 'yes', effect: 'none', outcome: 'stillTaking' };
  it('reads a complete entry and forgets a name typed for a listed medicine', () => {
    expect(check(trials, [{ ...trial, otherName: 'ignored' }])).toEqual({
      ok: [{ medicine: 'sertraline', weeks: 8, takenAsPrescribed: 'yes', effect: 'none', outcome: 'stillTaking' }],
    });
  });
  it('asks for the name of a medicine not in the list', () => {
    expect(check(trials, [{ ...trial, medicine: 'other', otherName: '' }])).toEqual(['required']);
  });
  it('checks the length of that name only while "other" is chosen, and copes with an entry that is no entry', () => {
    const longName = 'x'.repeat(81);
    expect(check(trials, [{ ...trial, medicine: 'other', otherName: longName }])).toEqual(['tooLong']);
    expect(check(trials, [{ ...trial, otherName: longName }])).toEqual({
      ok: [{ medicine: 'sertraline', weeks: 8, takenAsPrescribed: 'yes', effect: 'none', outcome: 'stillTaking' }],
    });
    expect(trials.safeParse([null]).success).toBe(false);
  });
  it('asks for that name together with the other parts of the entry still missing, not after them', () => {
    const blankOther = { medicine: 'other', otherName: '', weeks: '', takenAsPrescribed: null, effect: null, outcome: null };
    const missing = trials.safeParse([blankOther]).error?.issues.map((issue) => `${issue.path.join('.')} ${issue.message}`);
    expect(missing).toEqual(expect.arrayContaining(['0.otherName required', '0.weeks required', '0.outcome required']));
  });
  it('asks for at least one medicine and each part of an entry', () => {
    expect(check(trials, [])).toEqual(['addAtLeastOne']);
    expect(check(trials, [{ ...trial, weeks: 'six', effect: null }])).toEqual(['notANumber', 'required']);
  });
});
