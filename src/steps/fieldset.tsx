import type { ReactNode } from 'react';
import { describedBy } from '#src/ui/described-by.ts';
import { ErrorMessage } from '#src/ui/error-message.tsx';
import { PageHeading } from '#src/ui/page-heading.tsx';

/** A group of inputs under one question: the legend is the page heading on single-question pages. */
export function Fieldset({
  id,
  legend,
  isPageHeading,
  hint,
  error,
  children,
}: {
  id: string;
  legend: string;
  isPageHeading: boolean;
  hint: string | undefined;
  error: string | undefined;
  children: ReactNode;
}) {
  const hintId = hint ? `${id}-hint` : undefined;
  const errorId = error ? `${id}-error` : undefined;
  return (
    <div className={error ? 'form-group form-group--error' : 'form-group'}>
      <fieldset className="fieldset" aria-describedby={describedBy(hintId, errorId)}>
        <legend className={isPageHeading ? 'fieldset__legend fieldset__legend--l' : 'fieldset__legend fieldset__legend--m'}>
          {isPageHeading ? <PageHeading className="fieldset__heading">{legend}</PageHeading> : legend}
        </legend>
        {hint && (
          <div id={hintId} className="hint">
            {hint}
          </div>
        )}
        {errorId && <ErrorMessage id={errorId} message={error} />}
        {children}
      </fieldset>
    </div>
  );
}
