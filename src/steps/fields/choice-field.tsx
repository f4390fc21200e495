import type { ChoiceField as ChoiceSpec } from '#src/questionnaire/question-kinds.ts';
import type { FieldProps } from '../field-props.ts';
import { Fieldset } from '../fieldset.tsx';
import { OptionList } from '../option-list.tsx';

/** Radios: one answer from the field's options. */
export function ChoiceField({ fieldId, spec, label, hint, isPageHeading, errorAt }: FieldProps<ChoiceSpec>) {
  return (
    <Fieldset id={fieldId} legend={label} isPageHeading={isPageHeading} hint={hint} error={errorAt()}>
      <OptionList name={fieldId} id={fieldId} type="radio" optionSet={spec.optionSet} options={spec.options} />
    </Fieldset>
  );
}
