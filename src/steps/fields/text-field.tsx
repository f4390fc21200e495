import type { TextField as TextSpec } from '#src/questionnaire/question-kinds.ts';
import type { FieldProps } from '../field-props.ts';
import { InputGroup } from '../input-group.tsx';
import { useStepForm } from '../step-form-context.ts';

/** Free text, one line or several; whatever is typed is shown back as plain text, never as markup. */
export function TextField({ fieldId, spec, label, hint, isPageHeading, errorAt }: FieldProps<TextSpec>) {
  const { register } = useStepForm();
  const error = errorAt();
  return (
    <InputGroup id={fieldId} label={label} isPageHeading={isPageHeading} hint={hint} error={error}>
      {(description) =>
        spec.multiline ? (
          <textarea id={fieldId} className={error ? 'textarea input--error' : 'textarea'} rows={5} {...description} {...register(fieldId)} />
        ) : (
          <input id={fieldId} className={error ? 'input input--error' : 'input'} type="text" autoComplete="off" {...description} {...register(fieldId)} />
        )
      }
    </InputGroup>
  );
}
