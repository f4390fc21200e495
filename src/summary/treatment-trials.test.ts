import { describe, expect, it } from 'vitest';
import type { TreatmentTrial } from '#src/questionnaire/treatment-trial.ts';
import { countAdequateTrialsWithoutEnoughImprovement } from './treatment-trials.ts';

const notHelping = { weeks: 8, takenAsPrescribed: 'yes', effect: 'aLittle', outcome: 'stoppedNotHelping' } as const;
const trial = (medicine: TreatmentTrial['medicine'], otherName?: string): TreatmentTrial =>
  (otherName === undefined ? { medicine, ...notHelping } : { medicine, otherName, ...notHelping }) as TreatmentTrial;

describe('the count of medicines set beside the definition of treatment resistance', () => {
  it('counts different medicines, as the definition asks', () => {
    expect(countAdequateTrialsWithoutEnoughImprovement([trial('sertraline'), trial('venlafaxine')])).toBe(2);
  });

  it('counts a medicine tried twice once', () => {
    expect(countAdequateTrialsWithoutEnoughImprovement([trial('sertraline'), trial('sertraline')])).toBe(1);
  });

  it('tells medicines typed in apart by name, whatever their case and spaces', () => {
    expect(countAdequateTrialsWithoutEnoughImprovement([trial('other', 'Dosulepin'), trial('other', ' dosulepin ')])).toBe(1);
    expect(countAdequateTrialsWithoutEnoughImprovement([trial('other', 'Dosulepin'), trial('other', 'Reboxetine')])).toBe(2);
  });

  it('leaves out trials that were short, not taken as prescribed, or helped a lot', () => {
    const short = { ...trial('citalopram'), weeks: 5 };
    const irregular = { ...trial('fluoxetine'), takenAsPrescribed: 'notSure' } as const;
    const helped = { ...trial('bupropion'), effect: 'large' } as const;
    expect(countAdequateTrialsWithoutEnoughImprovement([short, irregular, helped, trial('mirtazapine')])).toBe(1);
  });
});
