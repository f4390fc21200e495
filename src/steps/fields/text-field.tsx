import { useFormContext } from 'react-hook-form';
import type { TextField as TextSpec } from '#src/questionnaire/question-kinds.ts';
import { describedBy } from '#src/ui/described-by.ts';
import { ErrorMessage } from '#src/ui/error-message.tsx';
import type { FieldProps } from '../field-props.ts';
import { FieldLabel } from '../field-label.tsx';

/** Free text, one line or several; whatever is typed is shown back as plain text, never as markup. */
export function TextField({ fieldId, spec, label, hint, isPageHeading, errorAt }: FieldProps<TextSpec>) {
  const { register } = useFormContext();
  const error = errorAt();
  const common = {
    id: fieldId,
    'aria-invalid': error ? true : undefined,
    'aria-describedby': describedBy(hint && `${fieldId}-hint`, error && `${fieldId}-error`),
    ...register(fieldId),
  };
  return (
    <div className={error ? 'form-group form-group--error' : 'form-group'}>
      <FieldLabel htmlFor={fieldId} text={label} isPageHeading={isPageHeading} />
      {hint && (
        <div id={`${fieldId}-hint`} className="hint">
          {hint}
        </div>
      )}
      <ErrorMessage id={`${fieldId}-error`} message={error} />
      {spec.multiline ? (
        <textarea className={error ? 'textarea input--error' : 'textarea'} rows={5} {...common} />
      ) : (
        <input className={error ? 'input input--error' : 'input'} type="text" autoComplete="off" {...common} />
      )}
    </div>
  );
}
