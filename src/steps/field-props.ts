import type { FieldSpec } from '#src/questionnaire/question-kinds.ts';
import type { FieldId } from '#src/questionnaire/fields.ts';

/** What every field component receives: its id, its definition, and its text already translated. */
export interface FieldProps<S extends FieldSpec = FieldSpec> {
  fieldId: FieldId;
  spec: S;
  label: string;
  hint: string | undefined;
  /** A single-question page shows the label as the page's h1 (GOV.UK "labels and legends as headings"). */
  isPageHeading: boolean;
  /** The translated message for an error at this path below the field (`''` is the field itself). */
  errorAt: (path?: string) => string | undefined;
}
