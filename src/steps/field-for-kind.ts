import type { ComponentType } from 'react';
import type { FieldKind, FieldSpec } from '#src/questionnaire/question-kinds.ts';
import type { FieldProps } from './field-props.ts';
import { ChoiceField } from './fields/choice-field.tsx';
import { IntegerField } from './fields/integer-field.tsx';
import { MonthYearField } from './fields/month-year-field.tsx';
import { MultiChoiceField } from './fields/multi-choice-field.tsx';
import { TextField } from './fields/text-field.tsx';
import { TrialListField } from './fields/trial-list-field.tsx';

type FieldComponents = { [K in FieldKind]: ComponentType<FieldProps<Extract<FieldSpec, { kind: K }>>> };

/** The component for each field kind; adding a kind without one is a type error. */
export const fieldForKind = {
  choice: ChoiceField,
  multiChoice: MultiChoiceField,
  integer: IntegerField,
  monthYear: MonthYearField,
  text: TextField,
  trialList: TrialListField,
} satisfies FieldComponents;
