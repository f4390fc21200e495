import { describe, expect, it } from 'vitest';
import type { Answers } from '#src/questionnaire/fields.ts';
import { answersOf } from '#tests/fixtures/personas.ts';
import { buildSummary } from './build-summary.ts';
import { discussionRules, type ClinicPolicy } from './discussion-rules.ts';

const base = answersOf('nothingToDiscuss');
const woman = { sexAtBirth: 'female', age: 30, pregnant: 'no', planningPregnancy: 'no', breastfeeding: 'no' } as const;

/** For every rule, answers that should raise it (on top of a persona with nothing to discuss) and the fields it names. */
const triggers: Record<string, { answers: Answers; fields: string[]; alsoRaises?: string[]; policy?: ClinicPolicy }[]> = {
  underAge: [{ answers: { age: 17 }, fields: ['age'] }],
  // With a clinic that accepts people from 16: under its minimum age it would be underAge instead.
  underEighteen: [{ answers: { age: 17 }, fields: ['age'], policy: { minimumAge: 16 } }],
  olderAge: [{ answers: { age: 65 }, fields: ['age'] }],
  pregnancy: [
    { answers: { ...woman, pregnant: 'yes' }, fields: ['pregnant'] },
    { answers: { ...woman, planningPregnancy: 'notSure' }, fields: ['planningPregnancy'] },
  ],
  breastfeeding: [{ answers: { ...woman, breastfeeding: 'yes' }, fields: ['breastfeeding'] }],
  aneurysm: [{ answers: { aneurysm: 'yes' }, fields: ['aneurysm'] }, { answers: { aneurysm: 'notSure' }, fields: ['aneurysm'] }],
  arteriovenousMalformation: [{ answers: { arteriovenousMalformation: 'yes' }, fields: ['arteriovenousMalformation'] }],
  brainBleed: [{ answers: { brainBleed: 'yes' }, fields: ['brainBleed'] }],
  ketamineAllergy: [{ answers: { ketamineAllergy: 'notSure' }, fields: ['ketamineAllergy'] }],
  recentHeartEvent: [{ answers: { recentHeartEvent: 'yes' }, fields: ['recentHeartEvent'] }],
  nonMedicalKetamine: [
    { answers: { dissociativeUse: 'moreThanAYearAgo' }, fields: ['dissociativeUse'] },
    { answers: { dissociativeUse: 'inThePast3Months' }, fields: ['dissociativeUse'] },
  ],
  otherDiagnosis: [
    { answers: { diagnosis: 'other', diagnosisOther: 'PTSD' }, fields: ['diagnosis', 'diagnosisOther'] },
    { answers: { diagnosis: 'notSure' }, fields: ['diagnosis'] },
  ],
  psychosis: [
    { answers: { psychosisDiagnosis: 'yes' }, fields: ['psychosisDiagnosis'] },
    { answers: { psychoticExperiences: 'notSure' }, fields: ['psychoticExperiences'] },
  ],
  familySchizophrenia: [{ answers: { familySchizophrenia: 'yes' }, fields: ['familySchizophrenia'] }],
  bipolar: [
    { answers: { diagnosis: 'bipolarDepression', elevatedMoodNow: 'no' }, fields: ['diagnosis'] },
    { answers: { bipolarDiagnosis: 'yes', elevatedMoodNow: 'no' }, fields: ['bipolarDiagnosis'] },
    { answers: { elevatedMoodEpisodes: 'notSure', elevatedMoodNow: 'no' }, fields: ['elevatedMoodEpisodes'] },
  ],
  // The question is asked only after an answer that raises the bipolar point.
  elevatedMoodNow: [{ answers: { elevatedMoodEpisodes: 'yes', elevatedMoodNow: 'yes' }, fields: ['elevatedMoodNow'], alsoRaises: ['bipolar'] }],
  memoryProblems: [{ answers: { memoryProblems: 'yes' }, fields: ['memoryProblems'] }],
  priorKetamineReaction: [
    {
      answers: { priorKetamine: 'yes', priorKetamineRoutes: ['intravenous'], priorKetamineEffect: 'large', priorKetamineBadReaction: 'yes' },
      fields: ['priorKetamineBadReaction'],
    },
  ],
  alcohol: [
    { answers: { auditFrequency: 'twoToThreeTimesAWeek', auditTypicalDrinks: 'threeOrFour', auditSixOrMore: 'never' }, fields: ['auditFrequency', 'auditTypicalDrinks', 'auditSixOrMore'] },
  ],
  substanceUseScreen: [
    { answers: { tapsIllegalDrugs: 'monthly' }, fields: ['tapsIllegalDrugs'] },
    { answers: { tapsHeavyDrinking: 'lessThanMonthly', tapsPrescriptionMisuse: 'weekly' }, fields: ['tapsHeavyDrinking', 'tapsPrescriptionMisuse'] },
  ],
  stimulantUse: [{ answers: { stimulantUse: 'yes' }, fields: ['stimulantUse'] }],
  substanceTreatment: [{ answers: { substanceTreatment: 'yes', recoveryTime: 'moreThan12Months' }, fields: ['substanceTreatment', 'recoveryTime'] }],
  heartConditions: [{ answers: { heartConditions: 'yes' }, fields: ['heartConditions'] }],
  bloodPressure: [
    { answers: { highBloodPressure: 'yes', bloodPressureControlled: 'no' }, fields: ['bloodPressureControlled'] },
    { answers: { highBloodPressure: 'notSure' }, fields: ['highBloodPressure'] },
  ],
  hypertensiveEmergency: [{ answers: { hypertensiveEmergency: 'yes' }, fields: ['hypertensiveEmergency'] }],
  headInjury: [{ answers: { headInjury: 'yes' }, fields: ['headInjury'] }],
  seizures: [{ answers: { seizures: 'notSure' }, fields: ['seizures'] }],
  glaucoma: [{ answers: { glaucoma: 'yes' }, fields: ['glaucoma'] }],
  liverDisease: [{ answers: { liverDisease: 'yes' }, fields: ['liverDisease'] }],
  overactiveThyroid: [{ answers: { overactiveThyroid: 'yes' }, fields: ['overactiveThyroid'] }],
  bladderProblems: [{ answers: { bladderProblems: 'yes' }, fields: ['bladderProblems'] }],
  breathingProblems: [{ answers: { breathingProblems: 'yes' }, fields: ['breathingProblems'] }],
  benzodiazepines: [{ answers: { interactingMedicines: ['benzodiazepine'] }, fields: ['interactingMedicines'] }],
  otherSedatives: [{ answers: { interactingMedicines: ['otherSedative'] }, fields: ['interactingMedicines'] }],
  lamotrigine: [{ answers: { interactingMedicines: ['lamotrigine'] }, fields: ['interactingMedicines'] }],
  maoi: [
    { answers: { interactingMedicines: ['maoi'] }, fields: ['interactingMedicines'] },
    // Still taken, and entered among the antidepressants tried rather than ticked again later.
    { answers: { antidepressantTrials: [{ medicine: 'phenelzine', weeks: 3, takenAsPrescribed: 'yes', effect: 'aLittle', outcome: 'stillTaking' }] }, fields: ['antidepressantTrials'] },
  ],
  stimulantMedicine: [{ answers: { interactingMedicines: ['stimulant'] }, fields: ['interactingMedicines'] }],
  opioids: [{ answers: { interactingMedicines: ['opioid'] }, fields: ['interactingMedicines'] }],
  rideHome: [{ answers: { rideHome: 'no' }, fields: ['rideHome'] }, { answers: { rideHome: 'notSure' }, fields: ['rideHome'] }],
  timeForCourse: [{ answers: { timeForCourse: 'no' }, fields: ['timeForCourse'] }],
};

describe('points to discuss', () => {
  it('raise nothing for a person with nothing to discuss', () => {
    expect(buildSummary(base).points).toEqual([]);
  });

  it('have a trigger case for every rule', () => {
    expect(Object.keys(triggers).sort()).toEqual(discussionRules.map((rule) => rule.id).sort());
  });

  for (const [ruleId, cases] of Object.entries(triggers)) {
    it.each(cases)(`${ruleId} is raised by $fields, and nothing else is`, ({ answers, fields, alsoRaises = [], policy }) => {
      const points = buildSummary({ ...base, ...answers }, policy).points;
      expect(points.map((point) => point.ruleId).sort()).toEqual([ruleId, ...alsoRaises].sort());
      expect(points.find((point) => point.ruleId === ruleId)?.fieldIds).toEqual(fields);
    });
  }

  it('are not raised by tobacco alone, by controlled blood pressure, or by answers to questions that no longer apply', () => {
    expect(buildSummary({ ...base, tapsTobacco: 'dailyOrAlmostDaily' }).points).toEqual([]);
    expect(buildSummary({ ...base, highBloodPressure: 'yes', bloodPressureControlled: 'yes' }).points).toEqual([]);
    expect(buildSummary({ ...base, pregnant: 'yes', breastfeeding: 'yes' }).points).toEqual([]); // male: not asked
    expect(buildSummary({ ...base, priorKetamineBadReaction: 'yes' }).points).toEqual([]); // no earlier ketamine
  });

  it("raise the age against the clinic's minimum age, 18 when the clinic sets none", () => {
    const raised = (age: number, minimumAge?: number) =>
      buildSummary({ ...base, age }, minimumAge === undefined ? undefined : { minimumAge }).points.some((point) => point.ruleId === 'underAge');
    expect([raised(17), raised(18)]).toEqual([true, false]);
    expect([raised(20, 21), raised(21, 21)]).toEqual([true, false]);
    expect(raised(17, 16)).toBe(false);
  });

  it('raise an age under 18 even where the clinic accepts it, as the licence covers adults only', () => {
    const raised = (age: number, minimumAge: number) => buildSummary({ ...base, age }, { minimumAge }).points.map((point) => point.ruleId);
    expect(raised(17, 16)).toEqual(['underEighteen']);
    expect(raised(15, 16)).toEqual(['underAge']);
    expect(raised(17, 18)).toEqual(['underAge']);
    expect(raised(18, 16)).toEqual([]);
  });

  it('raise no MAOI point for an MAOI tried and stopped', () => {
    const stopped = { medicine: 'tranylcypromine', weeks: 10, takenAsPrescribed: 'yes', effect: 'none', outcome: 'stoppedNotHelping' } as const;
    expect(buildSummary({ ...base, antidepressantTrials: [stopped] }).points.map((point) => point.ruleId)).not.toContain('maoi');
  });

  it('show, for an MAOI still taken among the medicines tried, that medicine and not the others', () => {
    const stillTaking = { medicine: 'phenelzine', otherName: undefined, weeks: 10, takenAsPrescribed: 'yes', effect: 'partial', outcome: 'stillTaking' } as const;
    const stopped = { medicine: 'sertraline', otherName: undefined, weeks: 8, takenAsPrescribed: 'yes', effect: 'none', outcome: 'stoppedNotHelping' } as const;
    const answers = { ...base, antidepressantTrials: [stopped, stillTaking] };
    const point = buildSummary(answers).points.find((each) => each.ruleId === 'maoi');
    expect(point?.answers.antidepressantTrials).toEqual([stillTaking]);
    // The rest of the summary, the table of medicines tried included, keeps every one.
    expect(buildSummary(answers).trials).toEqual([stopped, stillTaking]);
  });

  it('list the important points first', () => {
    const importance = buildSummary(answersOf('manyCautions')).points.map((point) => point.importance);
    expect(importance.indexOf('discuss')).toBeGreaterThan(importance.lastIndexOf('important'));
  });

  it('cite a section of CLINICAL.md for every rule', () => {
    for (const rule of discussionRules) expect(rule.clinicalSource, rule.id).toMatch(/^\d\.\d/);
  });
});
