/**
 * Names that identify our Questionnaire and its codes. They are URNs, not addresses: every clinic
 * hosts its own copy of the app, so no single http address could resolve, and a URN promises no
 * more than it is: a stable name (ADR 0008).
 */
export const questionnaireUrl = 'urn:ketamine-prescreen:questionnaire';

/** The code system of one option set; option values are its codes. */
export const optionSystem = (optionSet: string) => `urn:ketamine-prescreen:option-set:${optionSet}`;

export const loincSystem = 'http://loinc.org';

/** Core R4 extensions (https://hl7.org/fhir/R4/extensibility-registry.html). */
export const extensionUrls = {
  ordinalValue: 'http://hl7.org/fhir/StructureDefinition/ordinalValue',
  optionExclusive: 'http://hl7.org/fhir/StructureDefinition/questionnaire-optionExclusive',
  minValue: 'http://hl7.org/fhir/StructureDefinition/minValue',
  maxValue: 'http://hl7.org/fhir/StructureDefinition/maxValue',
  maxOccurs: 'http://hl7.org/fhir/StructureDefinition/questionnaire-maxOccurs',
} as const;
