import * as z from 'zod/mini';
import { choiceField, integerField, monthYearField, multiChoiceField, textField } from './question-kinds.ts';
import { trialListField } from './treatment-trial.ts';

const yesNo = ['yes', 'no'] as const;
const yesNoUnsure = ['yes', 'no', 'notSure'] as const;
const phq9Frequency = ['notAtAll', 'severalDays', 'moreThanHalfTheDays', 'nearlyEveryDay'] as const;
const pastYearFrequency = ['never', 'lessThanMonthly', 'monthly', 'weekly', 'dailyOrAlmostDaily'] as const;

/** The nine scored PHQ-9 items, in published order (Kroenke, Spitzer & Williams 2001). */
export const phq9ItemIds = [
  'phq9Interest',
  'phq9Mood',
  'phq9Sleep',
  'phq9Energy',
  'phq9Appetite',
  'phq9SelfWorth',
  'phq9Concentration',
  'phq9Movement',
  'phq9SelfHarm',
] as const;

/** PHQ-9 item 9 above 0 means thoughts of death or self-harm: the crisis page must follow (CLINICAL.md 3.2, 4.2). */
const anyFrequencyAboveNone = (value: (typeof phq9Frequency)[number]) => value !== 'notAtAll';

/**
 * Every field the questionnaire can ask, keyed by its id. The id is also its locale key
 * (`questionnaire:fields.<id>`), its summary row and its saved key, so ids never change.
 */
export const fields = {
  age: integerField(1, 120),
  sexAtBirth: choiceField('sexAtBirth', ['female', 'male', 'intersex', 'preferNotToSay']),
  pregnant: choiceField('yesNoUnsure', yesNoUnsure),
  planningPregnancy: choiceField('yesNoUnsure', yesNoUnsure),
  breastfeeding: choiceField('yesNo', yesNo),

  diagnosis: choiceField('diagnosis', ['depression', 'bipolarDepression', 'other', 'notSure']),
  diagnosisOther: textField({ maxLength: 200 }),
  episodeStart: monthYearField(),
  pastEpisodes: choiceField('pastEpisodes', ['none', 'one', 'twoOrMore', 'notSure']),
  mentalHealthHospitalStay: choiceField('yesNo', yesNo),
  phq9Interest: choiceField('phq9Frequency', phq9Frequency),
  phq9Mood: choiceField('phq9Frequency', phq9Frequency),
  phq9Sleep: choiceField('phq9Frequency', phq9Frequency),
  phq9Energy: choiceField('phq9Frequency', phq9Frequency),
  phq9Appetite: choiceField('phq9Frequency', phq9Frequency),
  phq9SelfWorth: choiceField('phq9Frequency', phq9Frequency),
  phq9Concentration: choiceField('phq9Frequency', phq9Frequency),
  phq9Movement: choiceField('phq9Frequency', phq9Frequency),
  phq9SelfHarm: choiceField('phq9Frequency', phq9Frequency, { signalsCrisis: anyFrequencyAboveNone }),
  phq9Difficulty: choiceField('phq9Difficulty', [
    'notDifficult',
    'somewhatDifficult',
    'veryDifficult',
    'extremelyDifficult',
  ]),
  suicidalThoughtsNow: choiceField('yesNo', yesNo, { signalsCrisis: (value) => value === 'yes' }),

  triedAntidepressants: choiceField('yesNo', yesNo),
  antidepressantTrials: trialListField(15),
  addOnMedicines: multiChoiceField(
    'addOnMedicines',
    ['lithium', 'antipsychotic', 'thyroidHormone', 'other', 'none'],
    'none',
  ),
  psychotherapy: choiceField('psychotherapy', ['yesNow', 'yesInThePast', 'no']),
  ect: choiceField('yesNo', yesNo),
  tms: choiceField('yesNo', yesNo),
  priorKetamine: choiceField('yesNo', yesNo),
  priorKetamineRoutes: multiChoiceField('ketamineRoute', [
    'intravenous',
    'intramuscular',
    'nasalSpray',
    'tabletOrLozenge',
    'other',
  ]),
  priorKetamineEffect: choiceField('ketamineEffect', ['none', 'aLittle', 'partial', 'large', 'notSure']),
  priorKetamineBadReaction: choiceField('yesNoUnsure', yesNoUnsure),

  psychosisDiagnosis: choiceField('yesNoUnsure', yesNoUnsure),
  psychoticExperiences: choiceField('yesNoUnsure', yesNoUnsure),
  familySchizophrenia: choiceField('yesNoUnsure', yesNoUnsure),
  bipolarDiagnosis: choiceField('yesNoUnsure', yesNoUnsure),
  elevatedMoodEpisodes: choiceField('yesNoUnsure', yesNoUnsure),
  elevatedMoodNow: choiceField('yesNoUnsure', yesNoUnsure),
  memoryProblems: choiceField('yesNoUnsure', yesNoUnsure),

  auditFrequency: choiceField('auditFrequency', [
    'never',
    'monthlyOrLess',
    'twoToFourTimesAMonth',
    'twoToThreeTimesAWeek',
    'fourOrMoreTimesAWeek',
  ]),
  auditTypicalDrinks: choiceField('auditTypicalDrinks', [
    'oneOrTwo',
    'threeOrFour',
    'fiveOrSix',
    'sevenToNine',
    'tenOrMore',
  ]),
  auditSixOrMore: choiceField('auditSixOrMore', ['never', 'lessThanMonthly', 'monthly', 'weekly', 'dailyOrAlmostDaily']),
  tapsTobacco: choiceField('pastYearFrequency', pastYearFrequency),
  tapsHeavyDrinking: choiceField('pastYearFrequency', pastYearFrequency),
  tapsIllegalDrugs: choiceField('pastYearFrequency', pastYearFrequency),
  tapsPrescriptionMisuse: choiceField('pastYearFrequency', pastYearFrequency),
  dissociativeUse: choiceField('dissociativeUse', ['never', 'moreThanAYearAgo', 'inThePastYear', 'inThePast3Months']),
  stimulantUse: choiceField('yesNo', yesNo),
  substanceTreatment: choiceField('yesNo', yesNo),
  recoveryTime: choiceField('recoveryTime', [
    'notInRecovery',
    'lessThan3Months',
    'threeTo12Months',
    'moreThan12Months',
  ]),

  aneurysm: choiceField('yesNoUnsure', yesNoUnsure),
  arteriovenousMalformation: choiceField('yesNoUnsure', yesNoUnsure),
  brainBleed: choiceField('yesNoUnsure', yesNoUnsure),
  ketamineAllergy: choiceField('yesNoUnsure', yesNoUnsure),
  recentHeartEvent: choiceField('yesNoUnsure', yesNoUnsure),
  heartConditions: choiceField('yesNoUnsure', yesNoUnsure),
  highBloodPressure: choiceField('yesNoUnsure', yesNoUnsure),
  bloodPressureControlled: choiceField('yesNoUnsure', yesNoUnsure),
  hypertensiveEmergency: choiceField('yesNoUnsure', yesNoUnsure),
  headInjury: choiceField('yesNoUnsure', yesNoUnsure),
  seizures: choiceField('yesNoUnsure', yesNoUnsure),
  glaucoma: choiceField('yesNoUnsure', yesNoUnsure),
  liverDisease: choiceField('yesNoUnsure', yesNoUnsure),
  overactiveThyroid: choiceField('yesNoUnsure', yesNoUnsure),
  bladderProblems: choiceField('yesNoUnsure', yesNoUnsure),
  breathingProblems: choiceField('yesNoUnsure', yesNoUnsure),

  interactingMedicines: multiChoiceField(
    'interactingMedicines',
    ['benzodiazepine', 'otherSedative', 'lamotrigine', 'maoi', 'stimulant', 'opioid', 'none'],
    'none',
  ),
  otherMedicines: textField({ maxLength: 2000, multiline: true, optional: true }),

  rideHome: choiceField('yesNoUnsure', yesNoUnsure),
  timeForCourse: choiceField('yesNoUnsure', yesNoUnsure),
  currentClinician: textField({ maxLength: 200, optional: true }),
} as const;

export type Fields = typeof fields;
export type FieldId = keyof Fields;
export type AnswerOf<K extends FieldId> = z.output<Fields[K]['schema']>;
export type Answers = { [K in FieldId]?: AnswerOf<K> };

export const fieldIds = Object.keys(fields) as FieldId[];

/** Validates a whole set of answers, as read back from storage or a link. */
export const answersSchema = z.strictObject(
  Object.fromEntries(fieldIds.map((id) => [id, z.optional(fields[id].schema)])),
) as unknown as z.ZodMiniType<Answers>;
