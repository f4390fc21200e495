import { describe, expect, it } from 'vitest';
import { chooseLanguage } from './choose-language.ts';
import { pseudoLocalize } from './pseudo-locale.ts';

const none = { requested: null, saved: null, browserLanguages: [] as string[] };

describe('the language the app opens in', () => {
  it('is ?lng= first, then the saved choice, then the browser, then the clinic default, then English', () => {
    expect(chooseLanguage({ ...none, requested: 'ar', saved: 'es', browserLanguages: ['es'] })).toBe('ar');
    expect(chooseLanguage({ ...none, saved: 'es', browserLanguages: ['ar'] })).toBe('es');
    expect(chooseLanguage({ ...none, browserLanguages: ['fr-FR', 'es-MX', 'ar'] })).toBe('es');
    expect(chooseLanguage({ ...none, clinicDefault: 'ar' })).toBe('ar');
    expect(chooseLanguage(none)).toBe('en');
  });

  it('keeps a language not offered for the tab once an address asked for it, so a preview outlasts a reload', () => {
    expect(chooseLanguage({ ...none, saved: 'en-XA', browserLanguages: ['es'] })).toBe('en-XA');
  });

  it('ignores languages that have no locale folder', () => {
    expect(chooseLanguage({ ...none, requested: 'xx', saved: 'yy', browserLanguages: ['zz'] })).toBe('en');
  });
});

describe('pseudo-locales', () => {
  it('accent and lengthen text by about a third, keeping placeholders and markup intact', () => {
    const result = pseudoLocalize('en-XA', { a: 'Section {{number}} of {{total}}', b: 'Change <1>{{question}}</1>' }) as Record<string, string>;
    expect(result.a).toMatch(/^Šéçtíöñ ~+{{number}} öf ~+{{total}}$/);
    expect(result.b).toContain('<1>{{question}}</1>');
    expect(String(pseudoLocalize('en-XA', 'Continue to the next page')).length).toBeGreaterThanOrEqual(Math.round('Continue to the next page'.length * 1.35));
  });

  it('turn text right to left for the RTL pseudo-locale', () => {
    expect(pseudoLocalize('ar-XB', 'Continue')).toBe('\u202EContinue\u202C');
  });
});
