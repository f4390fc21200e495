import { phq9ItemIds, type Answers, type FieldId } from './fields.ts';

export const sections = [
  'aboutYou',
  'depression',
  'treatment',
  'mentalHealth',
  'substanceUse',
  'medical',
  'medicines',
  'practicalities',
] as const;

export type SectionId = (typeof sections)[number];

export interface Step {
  /** Page id: the locale key `questionnaire:steps.<id>` and part of the page URL. */
  readonly id: string;
  readonly section: SectionId;
  readonly fields: readonly FieldId[];
  /** Whether the step applies. It may read only answers from earlier steps. */
  readonly showIf?: (answers: Answers) => boolean;
  /** An i18next context for the labels on this page, such as the sex-specific TAPS drinking threshold. */
  readonly labelContext?: (answers: Answers) => string | undefined;
  /** The fields whose wording that context changes: answered in one wording, they are asked again in another. */
  readonly rewordedFields?: readonly FieldId[];
}

const isYesOrUnsure = (value: string | undefined) => value === 'yes' || value === 'notSure';

/** Pregnancy is possible for anyone not answering "male" at birth, below 60 (a clinical content choice). */
const pregnancyCanApply = (answers: Answers) =>
  answers.sexAtBirth !== undefined && answers.sexAtBirth !== 'male' && (answers.age ?? 0) < 60;

/** The questionnaire's pages, in order: one topic each. */
export const steps = [
  { id: 'age', section: 'aboutYou', fields: ['age'] },
  { id: 'sex-at-birth', section: 'aboutYou', fields: ['sexAtBirth'] },
  {
    id: 'pregnancy',
    section: 'aboutYou',
    fields: ['pregnant', 'planningPregnancy', 'breastfeeding'],
    showIf: pregnancyCanApply,
  },

  { id: 'diagnosis', section: 'depression', fields: ['diagnosis'] },
  {
    id: 'diagnosis-other',
    section: 'depression',
    fields: ['diagnosisOther'],
    showIf: (answers) => answers.diagnosis === 'other',
  },
  { id: 'episode-start', section: 'depression', fields: ['episodeStart'] },
  { id: 'past-episodes', section: 'depression', fields: ['pastEpisodes'] },
  { id: 'hospital-stay', section: 'depression', fields: ['mentalHealthHospitalStay'] },
  {
    id: 'phq9',
    section: 'depression',
    fields: [...phq9ItemIds, 'phq9Difficulty'],
  },
  { id: 'suicidal-thoughts-now', section: 'depression', fields: ['suicidalThoughtsNow'] },

  { id: 'tried-antidepressants', section: 'treatment', fields: ['triedAntidepressants'] },
  {
    id: 'antidepressant-trials',
    section: 'treatment',
    fields: ['antidepressantTrials'],
    showIf: (answers) => answers.triedAntidepressants === 'yes',
  },
  {
    id: 'add-on-medicines',
    section: 'treatment',
    fields: ['addOnMedicines'],
    // Taken "together with a medicine for depression": there is none to go with.
    showIf: (answers) => answers.triedAntidepressants === 'yes',
  },
  { id: 'psychotherapy', section: 'treatment', fields: ['psychotherapy'] },
  { id: 'brain-stimulation', section: 'treatment', fields: ['ect', 'tms'] },
  { id: 'prior-ketamine', section: 'treatment', fields: ['priorKetamine'] },
  {
    id: 'prior-ketamine-details',
    section: 'treatment',
    fields: ['priorKetamineRoutes', 'priorKetamineEffect', 'priorKetamineBadReaction'],
    showIf: (answers) => answers.priorKetamine === 'yes',
  },

  { id: 'psychosis', section: 'mentalHealth', fields: ['psychosisDiagnosis', 'psychoticExperiences'] },
  { id: 'family-schizophrenia', section: 'mentalHealth', fields: ['familySchizophrenia'] },
  { id: 'bipolar', section: 'mentalHealth', fields: ['bipolarDiagnosis', 'elevatedMoodEpisodes'] },
  {
    id: 'elevated-mood-now',
    section: 'mentalHealth',
    fields: ['elevatedMoodNow'],
    showIf: (answers) =>
      answers.diagnosis === 'bipolarDepression' ||
      isYesOrUnsure(answers.bipolarDiagnosis) ||
      isYesOrUnsure(answers.elevatedMoodEpisodes),
  },
  { id: 'memory', section: 'mentalHealth', fields: ['memoryProblems'] },

  { id: 'alcohol-frequency', section: 'substanceUse', fields: ['auditFrequency'] },
  {
    id: 'alcohol-amount',
    section: 'substanceUse',
    fields: ['auditTypicalDrinks', 'auditSixOrMore'],
    showIf: (answers) => answers.auditFrequency !== undefined && answers.auditFrequency !== 'never',
  },
  {
    id: 'substances-past-year',
    section: 'substanceUse',
    fields: ['tapsTobacco', 'tapsHeavyDrinking', 'tapsIllegalDrugs', 'tapsPrescriptionMisuse'],
    labelContext: (answers) =>
      answers.sexAtBirth === 'female' || answers.sexAtBirth === 'male' ? answers.sexAtBirth : undefined,
    rewordedFields: ['tapsHeavyDrinking'],
  },
  { id: 'dissociative-use', section: 'substanceUse', fields: ['dissociativeUse'] },
  { id: 'stimulant-use', section: 'substanceUse', fields: ['stimulantUse'] },
  { id: 'substance-treatment', section: 'substanceUse', fields: ['substanceTreatment'] },
  {
    id: 'recovery',
    section: 'substanceUse',
    fields: ['recoveryTime'],
    showIf: (answers) => answers.substanceTreatment === 'yes',
  },

  { id: 'blood-vessels', section: 'medical', fields: ['aneurysm', 'arteriovenousMalformation', 'brainBleed'] },
  { id: 'ketamine-allergy', section: 'medical', fields: ['ketamineAllergy'] },
  { id: 'heart', section: 'medical', fields: ['recentHeartEvent', 'heartConditions'] },
  { id: 'blood-pressure', section: 'medical', fields: ['highBloodPressure', 'hypertensiveEmergency'] },
  {
    id: 'blood-pressure-control',
    section: 'medical',
    fields: ['bloodPressureControlled'],
    showIf: (answers) => answers.highBloodPressure === 'yes',
  },
  { id: 'brain-and-eyes', section: 'medical', fields: ['headInjury', 'seizures', 'glaucoma'] },
  {
    id: 'other-conditions',
    section: 'medical',
    fields: ['liverDisease', 'overactiveThyroid', 'bladderProblems', 'breathingProblems'],
  },

  { id: 'interacting-medicines', section: 'medicines', fields: ['interactingMedicines'] },
  { id: 'other-medicines', section: 'medicines', fields: ['otherMedicines'] },

  { id: 'ride-home', section: 'practicalities', fields: ['rideHome'] },
  { id: 'time-for-course', section: 'practicalities', fields: ['timeForCourse'] },
  { id: 'current-clinician', section: 'practicalities', fields: ['currentClinician'] },
] as const satisfies readonly Step[];

export type StepId = (typeof steps)[number]['id'];

const stepsById = new Map<string, Step>(steps.map((step) => [step.id, step]));

/** The step with this id. */
export function stepById(id: StepId): Step {
  const step = stepsById.get(id);
  if (!step) throw new Error(`Unknown step ${id}`);
  return step;
}

/** Whether a string names a step, for ids read from URLs or storage. */
export function isStepId(id: string): id is StepId {
  return stepsById.has(id);
}
