import type { TFunction } from 'i18next';
import { describe, expect, it } from 'vitest';
import { formatAnswer } from './format-answer.ts';

const t = ((key: string) => key) as unknown as TFunction;
const typed = { currentClinician: 'Dr. Lee (GP)' };

describe('a typed answer as shown', () => {
  it('keeps its own direction on a right-to-left page, so its closing bracket stays at its end', () => {
    expect(formatAnswer('currentClinician', typed, t, 'ar')).toEqual(['\u2068Dr. Lee (GP)\u2069']);
  });

  it('is exactly what was typed on a left-to-right page', () => {
    expect(formatAnswer('currentClinician', typed, t, 'en')).toEqual(['Dr. Lee (GP)']);
    expect(formatAnswer('currentClinician', typed, t, 'es')).toEqual(['Dr. Lee (GP)']);
  });
});
