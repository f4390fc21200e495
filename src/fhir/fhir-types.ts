/**
 * The part of FHIR R4 this app writes, typed by hand: a dependency for types alone would outweigh
 * the few shapes used. Element names follow https://hl7.org/fhir/R4/questionnaire.html and
 * https://hl7.org/fhir/R4/questionnaireresponse.html; the official JSON schema checks them in tests.
 */

export interface Extension {
  url: string;
  valueDecimal?: number;
  valueInteger?: number;
  valueBoolean?: boolean;
}

export interface Coding {
  system: string;
  code: string;
  display?: string;
  extension?: Extension[];
}

export interface AnswerOption {
  valueCoding: Coding;
  extension?: Extension[];
}

export interface EnableWhen {
  question: string;
  operator: '=';
  answerCoding: Coding;
}

export type QuestionnaireItemType = 'group' | 'display' | 'choice' | 'integer' | 'date' | 'string' | 'text';

export interface QuestionnaireItem {
  linkId: string;
  text?: string;
  type: QuestionnaireItemType;
  code?: Coding[];
  repeats?: boolean;
  readOnly?: boolean;
  maxLength?: number;
  extension?: Extension[];
  enableWhen?: EnableWhen[];
  answerOption?: AnswerOption[];
  item?: QuestionnaireItem[];
}

export interface Questionnaire {
  resourceType: 'Questionnaire';
  language: string;
  url: string;
  version: string;
  name: string;
  title?: string;
  status: 'active';
  subjectType: string[];
  date: string;
  item: QuestionnaireItem[];
}

export interface QuestionnaireResponseAnswer {
  valueCoding?: Coding;
  valueInteger?: number;
  valueDate?: string;
  valueString?: string;
}

export interface QuestionnaireResponseItem {
  linkId: string;
  text?: string;
  answer?: QuestionnaireResponseAnswer[];
  item?: QuestionnaireResponseItem[];
}

/** Every status R4 allows; this app writes only the first two. */
export const questionnaireResponseStatuses = ['in-progress', 'completed', 'amended', 'entered-in-error', 'stopped'] as const;

export type QuestionnaireResponseStatus = (typeof questionnaireResponseStatuses)[number];

export interface QuestionnaireResponse {
  resourceType: 'QuestionnaireResponse';
  language?: string;
  questionnaire: string;
  status: QuestionnaireResponseStatus;
  authored: string;
  item: QuestionnaireResponseItem[];
}
