import type { IntegerField as IntegerSpec } from '#src/questionnaire/question-kinds.ts';
import type { FieldProps } from '../field-props.ts';
import { InputGroup } from '../input-group.tsx';
import { useStepForm } from '../step-form-context.ts';

/** A whole number, typed as text with a numeric keypad: type="number" silently drops letters people type. */
export function IntegerField({ fieldId, label, hint, isPageHeading, errorAt }: FieldProps<IntegerSpec>) {
  const { register } = useStepForm();
  const error = errorAt();
  return (
    <InputGroup id={fieldId} label={label} isPageHeading={isPageHeading} hint={hint} error={error}>
      {(description) => (
        <input
          id={fieldId}
          className={error ? 'input input--width-4 input--error' : 'input input--width-4'}
          type="text"
          inputMode="numeric"
          spellCheck={false}
          autoComplete="off"
          {...description}
          {...register(fieldId)}
        />
      )}
    </InputGroup>
  );
}
