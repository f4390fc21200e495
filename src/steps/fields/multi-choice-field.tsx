import type { MultiChoiceField as MultiChoiceSpec } from '#src/questionnaire/question-kinds.ts';
import type { FieldProps } from '../field-props.ts';
import { Fieldset } from '../fieldset.tsx';
import { OptionList } from '../option-list.tsx';

/** Checkboxes: any number of the field's options, or its exclusive "none of these". */
export function MultiChoiceField({ fieldId, spec, label, hint, isPageHeading, errorAt }: FieldProps<MultiChoiceSpec>) {
  return (
    <Fieldset id={fieldId} legend={label} isPageHeading={isPageHeading} hint={hint} error={errorAt()}>
      <OptionList name={fieldId} id={fieldId} type="checkbox" optionSet={spec.optionSet} options={spec.options} exclusive={spec.exclusive} />
    </Fieldset>
  );
}
