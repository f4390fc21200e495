import type { FieldId } from '#src/questionnaire/fields.ts';
import type { FieldKind } from '#src/questionnaire/question-kinds.ts';
import type { SectionId, StepId } from '#src/questionnaire/steps.ts';

/** The one place where locale keys are built from ids, so a key's shape is defined once. */
export const keys = {
  stepTitle: (id: StepId) => `questionnaire:steps.${id}.title`,
  fieldLabel: (id: FieldId) => `questionnaire:fields.${id}.label`,
  fieldHint: (id: FieldId) => `questionnaire:fields.${id}.hint`,
  fieldSummaryLabel: (id: FieldId) => `questionnaire:fields.${id}.summaryLabel`,
  fieldError: (id: FieldId, code: string) => `questionnaire:fields.${id}.errors.${code}`,
  option: (optionSet: string, value: string) => `questionnaire:options.${optionSet}.${value}`,
  medicine: (code: string) => `questionnaire:medicines.names.${code}`,
  medicineClass: (code: string) => `questionnaire:medicines.classes.${code}`,
  trialPart: (part: string, text: 'label' | 'hint' = 'label') => `questionnaire:trial.${part}.${text}`,
  section: (id: SectionId) => `common:sections.${id}`,
  validation: (kind: FieldKind, code: string) => `validation:${kind}.${code}`,
  ruleTitle: (id: string) => `rules:${id}.title`,
  ruleWhy: (id: string) => `rules:${id}.why`,
  ruleSource: (id: string) => `rules:${id}.source`,
} as const;
