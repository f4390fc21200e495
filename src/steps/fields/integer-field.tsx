import { useFormContext } from 'react-hook-form';
import type { IntegerField as IntegerSpec } from '#src/questionnaire/question-kinds.ts';
import { describedBy } from '#src/ui/described-by.ts';
import { ErrorMessage } from '#src/ui/error-message.tsx';
import type { FieldProps } from '../field-props.ts';
import { FieldLabel } from '../field-label.tsx';

/** A whole number, typed as text with a numeric keypad: type="number" silently drops letters people type. */
export function IntegerField({ fieldId, label, hint, isPageHeading, errorAt }: FieldProps<IntegerSpec>) {
  const { register } = useFormContext();
  const error = errorAt();
  return (
    <div className={error ? 'form-group form-group--error' : 'form-group'}>
      <FieldLabel htmlFor={fieldId} text={label} isPageHeading={isPageHeading} />
      {hint && (
        <div id={`${fieldId}-hint`} className="hint">
          {hint}
        </div>
      )}
      <ErrorMessage id={`${fieldId}-error`} message={error} />
      <input
        id={fieldId}
        className={error ? 'input input--width-4 input--error' : 'input input--width-4'}
        type="text"
        inputMode="numeric"
        spellCheck={false}
        autoComplete="off"
        aria-invalid={error ? true : undefined}
        aria-describedby={describedBy(hint && `${fieldId}-hint`, error && `${fieldId}-error`)}
        {...register(fieldId)}
      />
    </div>
  );
}
