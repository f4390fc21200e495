import { scoreAuditC } from '#src/instruments/audit-c.ts';
import { scoreTaps1 } from '#src/instruments/taps1.ts';
import type { Answers, FieldId } from '#src/questionnaire/fields.ts';
import { antidepressantsByClass, type TreatmentTrial } from '#src/questionnaire/treatment-trial.ts';

/**
 * "Important" marks label contraindications and the rows CLINICAL.md 2.3 flags with a warning sign;
 * everything else is a topic to discuss. Neither is a verdict: only a clinician decides.
 */
export type Importance = 'important' | 'discuss';

/** What a clinic sets that changes which points are raised (public/clinic.json). */
export interface ClinicPolicy {
  /** Below this age, the age itself is a point to discuss. */
  minimumAge: number;
}

/** The esketamine (Spravato) licence covers adults only (CLINICAL.md 2.3 row 26). */
const adultAge = 18;

/** Adults only, as the licence, for a clinic that sets no minimum age. */
export const defaultPolicy: ClinicPolicy = { minimumAge: adultAge };

export interface DiscussionRule {
  /** Locale key block `summary:rules.<id>` (title, why, source). */
  readonly id: string;
  readonly importance: Importance;
  /** Where the fact behind the rule is documented, as a CLINICAL.md section and row. */
  readonly clinicalSource: string;
  /** The answers that raise this point; none means it is not raised. */
  readonly raisedBy: (answers: Answers, policy: ClinicPolicy) => FieldId[];
  /** The part of those answers the point shows, where a list holds more than the part that raised it. */
  readonly answersShown?: (answers: Answers) => Answers;
}

type ChoiceFieldId = {
  [K in FieldId]: NonNullable<Answers[K]> extends string ? K : never;
}[FieldId];

/** Raised by any of these fields answered with one of `values`. */
const answered =
  (ids: readonly ChoiceFieldId[], values: readonly string[] = ['yes', 'notSure']) =>
  (answers: Answers): FieldId[] =>
    ids.filter((id) => {
      const value = answers[id];
      return value !== undefined && values.includes(value);
    });

/** Raised when the multiple-choice list of current medicines includes `medicine`. */
const takes =
  (medicine: NonNullable<Answers['interactingMedicines']>[number]) =>
  (answers: Answers): FieldId[] =>
    answers.interactingMedicines?.includes(medicine) ? ['interactingMedicines'] : [];

const when = (condition: boolean, ids: FieldId[]): FieldId[] => (condition ? ids : []);

const maois: readonly string[] = antidepressantsByClass.maoi;
const isMaoiStillTaken = (trial: TreatmentTrial) => trial.outcome === 'stillTaking' && maois.includes(trial.medicine);

/** Every point to discuss, in the order the summary lists them within each importance. */
export const discussionRules: readonly DiscussionRule[] = [
  { id: 'underAge', importance: 'important', clinicalSource: '2.3 row 26',
    raisedBy: (a, policy) => when(a.age !== undefined && a.age < policy.minimumAge, ['age']) },
  // A clinic may accept people under 18; the licence still covers adults only.
  { id: 'underEighteen', importance: 'important', clinicalSource: '2.3 row 26; 2.2 (paediatric)',
    raisedBy: (a, policy) => when(a.age !== undefined && a.age < adultAge && a.age >= policy.minimumAge, ['age']) },
  { id: 'pregnancy', importance: 'important', clinicalSource: '2.3 row 18',
    raisedBy: answered(['pregnant', 'planningPregnancy']) },
  { id: 'aneurysm', importance: 'important', clinicalSource: '2.2; 2.3 row 1',
    raisedBy: answered(['aneurysm']) },
  { id: 'arteriovenousMalformation', importance: 'important', clinicalSource: '2.2; 2.3 row 2',
    raisedBy: answered(['arteriovenousMalformation']) },
  { id: 'brainBleed', importance: 'important', clinicalSource: '2.2; 2.3 row 3',
    raisedBy: answered(['brainBleed']) },
  { id: 'ketamineAllergy', importance: 'important', clinicalSource: '2.2; 2.3 row 4',
    raisedBy: answered(['ketamineAllergy']) },
  { id: 'recentHeartEvent', importance: 'important', clinicalSource: '2.2; 2.3 row 6',
    raisedBy: answered(['recentHeartEvent']) },
  { id: 'nonMedicalKetamine', importance: 'important', clinicalSource: '2.3 row 16',
    raisedBy: answered(['dissociativeUse'], ['moreThanAYearAgo', 'inThePastYear', 'inThePast3Months']) },

  { id: 'olderAge', importance: 'discuss', clinicalSource: '2.3 row 26',
    raisedBy: (a) => when(a.age !== undefined && a.age >= 65, ['age']) },
  { id: 'breastfeeding', importance: 'discuss', clinicalSource: '2.3 row 19',
    raisedBy: answered(['breastfeeding'], ['yes']) },
  { id: 'otherDiagnosis', importance: 'discuss', clinicalSource: '2.3 row 29',
    // With the diagnosis the person typed in, which is what the clinician needs to read.
    raisedBy: (a) => [...answered(['diagnosis'], ['other', 'notSure'])(a), ...when(a.diagnosis === 'other' && Boolean(a.diagnosisOther), ['diagnosisOther'])] },
  { id: 'psychosis', importance: 'discuss', clinicalSource: '2.3 row 12',
    raisedBy: answered(['psychosisDiagnosis', 'psychoticExperiences']) },
  { id: 'familySchizophrenia', importance: 'discuss', clinicalSource: '2.3 row 13',
    raisedBy: answered(['familySchizophrenia']) },
  { id: 'bipolar', importance: 'discuss', clinicalSource: '2.3 row 14',
    raisedBy: (a) => [
      ...answered(['diagnosis'], ['bipolarDepression'])(a),
      ...answered(['bipolarDiagnosis', 'elevatedMoodEpisodes'])(a),
    ] },
  { id: 'elevatedMoodNow', importance: 'discuss', clinicalSource: '2.3 row 14',
    raisedBy: answered(['elevatedMoodNow']) },
  { id: 'memoryProblems', importance: 'discuss', clinicalSource: '2.3 row 25',
    raisedBy: answered(['memoryProblems']) },
  { id: 'priorKetamineReaction', importance: 'discuss', clinicalSource: '2.3 row 5',
    raisedBy: answered(['priorKetamineBadReaction']) },
  { id: 'alcohol', importance: 'discuss', clinicalSource: '3.5; 2.3 row 15',
    raisedBy: (a) => when(scoreAuditC(a)?.atOrAboveThreshold === true,
      ['auditFrequency', 'auditTypicalDrinks', 'auditSixOrMore']) },
  { id: 'substanceUseScreen', importance: 'discuss', clinicalSource: '3.5; 2.3 row 15',
    raisedBy: (a) => (scoreTaps1(a)?.positive ?? []).filter((id) => id !== 'tapsTobacco') },
  { id: 'stimulantUse', importance: 'discuss', clinicalSource: '2.3 row 17',
    raisedBy: answered(['stimulantUse'], ['yes']) },
  { id: 'substanceTreatment', importance: 'discuss', clinicalSource: '2.3 row 15',
    raisedBy: (a) => when(a.substanceTreatment === 'yes', a.recoveryTime ? ['substanceTreatment', 'recoveryTime'] : ['substanceTreatment']) },
  { id: 'heartConditions', importance: 'discuss', clinicalSource: '2.3 row 7',
    raisedBy: answered(['heartConditions']) },
  { id: 'bloodPressure', importance: 'discuss', clinicalSource: '2.2; 2.3 row 8',
    raisedBy: (a) => [
      ...answered(['highBloodPressure'], ['notSure'])(a),
      ...answered(['bloodPressureControlled'], ['no', 'notSure'])(a),
    ] },
  { id: 'hypertensiveEmergency', importance: 'discuss', clinicalSource: '2.3 row 9',
    raisedBy: answered(['hypertensiveEmergency']) },
  { id: 'headInjury', importance: 'discuss', clinicalSource: '2.3 row 10',
    raisedBy: answered(['headInjury']) },
  { id: 'seizures', importance: 'discuss', clinicalSource: '2.3 row 24',
    raisedBy: answered(['seizures']) },
  { id: 'glaucoma', importance: 'discuss', clinicalSource: '2.3 row 11',
    raisedBy: answered(['glaucoma']) },
  { id: 'liverDisease', importance: 'discuss', clinicalSource: '2.3 row 20',
    raisedBy: answered(['liverDisease']) },
  { id: 'overactiveThyroid', importance: 'discuss', clinicalSource: '2.3 row 21',
    raisedBy: answered(['overactiveThyroid']) },
  { id: 'bladderProblems', importance: 'discuss', clinicalSource: '2.3 row 22',
    raisedBy: answered(['bladderProblems']) },
  { id: 'breathingProblems', importance: 'discuss', clinicalSource: '2.3 row 23',
    raisedBy: answered(['breathingProblems']) },
  { id: 'benzodiazepines', importance: 'discuss', clinicalSource: '2.4 rows 1-2', raisedBy: takes('benzodiazepine') },
  { id: 'otherSedatives', importance: 'discuss', clinicalSource: '2.4 row 1', raisedBy: takes('otherSedative') },
  { id: 'lamotrigine', importance: 'discuss', clinicalSource: '2.4 row 3', raisedBy: takes('lamotrigine') },
  { id: 'maoi', importance: 'discuss', clinicalSource: '2.4 row 5',
    // Named in the list of current medicines, or an MAOI still taken in the list of antidepressants tried.
    raisedBy: (a) => [...takes('maoi')(a), ...when(a.antidepressantTrials?.some(isMaoiStillTaken) === true, ['antidepressantTrials'])],
    answersShown: (a) => ({ ...a, antidepressantTrials: a.antidepressantTrials?.filter(isMaoiStillTaken) }) },
  { id: 'stimulantMedicine', importance: 'discuss', clinicalSource: '2.4 row 4', raisedBy: takes('stimulant') },
  { id: 'opioids', importance: 'discuss', clinicalSource: '2.4 rows 1, 8', raisedBy: takes('opioid') },
  { id: 'rideHome', importance: 'discuss', clinicalSource: '2.2 (driving); 2.3 row 27',
    raisedBy: answered(['rideHome'], ['no', 'notSure']) },
  { id: 'timeForCourse', importance: 'discuss', clinicalSource: '2.2 (REMS monitoring)',
    raisedBy: answered(['timeForCourse'], ['no', 'notSure']) },
];
