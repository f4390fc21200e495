import type { ReactNode } from 'react';
import { describedBy } from '#src/ui/described-by.ts';
import { ErrorMessage } from '#src/ui/error-message.tsx';
import { FieldLabel } from './field-label.tsx';

/** The ids an input needs to be described by its hint and error. */
export interface InputDescription {
  'aria-describedby': string | undefined;
  'aria-invalid': true | undefined;
}

/**
 * One labelled input with its hint and inline error, in GOV.UK's order: label, hint, error, input.
 * `children` receives the attributes that tie the input to its hint and error.
 */
export function InputGroup({
  id,
  label,
  isPageHeading = false,
  hint,
  error,
  children,
}: {
  id: string;
  label: string;
  isPageHeading?: boolean;
  hint: string | undefined;
  error: string | undefined;
  children: (description: InputDescription) => ReactNode;
}) {
  const hintId = hint ? `${id}-hint` : undefined;
  const errorId = error ? `${id}-error` : undefined;
  return (
    <div className={error ? 'form-group form-group--error' : 'form-group'}>
      <FieldLabel htmlFor={id} text={label} isPageHeading={isPageHeading} />
      {hint && (
        <div id={hintId} className="hint">
          {hint}
        </div>
      )}
      {errorId && <ErrorMessage id={errorId} message={error} />}
      {children({ 'aria-describedby': describedBy(hintId, errorId), 'aria-invalid': error ? true : undefined })}
    </div>
  );
}
