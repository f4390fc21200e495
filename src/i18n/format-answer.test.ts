import type { TFunction } from 'i18next';
import { describe, expect, it } from 'vitest';
import type { TreatmentTrial } from '#src/questionnaire/treatment-trial.ts';
import { formatAnswer, medicineName } from './format-answer.ts';

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

describe('the name of a medicine the person typed', () => {
  const typedMedicine = { medicine: 'other', otherName: 'Esketamine (Spravato)', weeks: 6, takenAsPrescribed: 'yes', effect: 'none', outcome: 'stillTaking' } as TreatmentTrial;
  const listed = { ...typedMedicine, medicine: 'sertraline', otherName: undefined } as unknown as TreatmentTrial;

  it('keeps its own direction on a right-to-left page, in the table of trials and in the line of a trial', () => {
    expect(medicineName(typedMedicine, t, 'ar')).toBe('\u2068Esketamine (Spravato)\u2069');
    expect(formatAnswer('antidepressantTrials', { antidepressantTrials: [typedMedicine] }, t, 'ar')[0]).toMatch(/^\u2068Esketamine \(Spravato\)\u2069 · /);
  });

  it('is exactly what was typed on a left-to-right page, and a listed medicine is its translated name', () => {
    expect(medicineName(typedMedicine, t, 'en')).toBe('Esketamine (Spravato)');
    expect(medicineName(listed, t, 'ar')).toBe('questionnaire:medicines.names.sertraline');
  });
});
