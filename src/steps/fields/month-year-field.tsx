import { useTranslation } from 'react-i18next';
import type { MonthYearField as MonthYearSpec } from '#src/questionnaire/question-kinds.ts';
import type { FieldProps } from '../field-props.ts';
import { Fieldset } from '../fieldset.tsx';
import { useStepForm } from '../step-form-context.ts';

const parts = ['month', 'year'] as const;

/** GOV.UK's date input without the day: two numeric boxes. */
export function MonthYearField({ fieldId, label, hint, isPageHeading, errorAt }: FieldProps<MonthYearSpec>) {
  const { t } = useTranslation('common');
  const { register } = useStepForm();
  const error = errorAt() ?? errorAt('month') ?? errorAt('year');
  const partHasError = (part: 'month' | 'year') => Boolean(errorAt() ?? errorAt(part));
  return (
    <Fieldset id={fieldId} legend={label} isPageHeading={isPageHeading} hint={hint ?? t('monthYear.hint')} error={error}>
      <div className="date-input">
        {parts.map((part) => (
          <div className="date-input__item" key={part}>
            <label className="label" htmlFor={`${fieldId}-${part}`}>
              {t(`monthYear.${part}`)}
            </label>
            <input
              id={`${fieldId}-${part}`}
              className={`input input--width-${part === 'month' ? 2 : 4}${partHasError(part) ? ' input--error' : ''}`}
              type="text"
              inputMode="numeric"
              autoComplete="off"
              spellCheck={false}
              aria-invalid={partHasError(part) ? true : undefined}
              {...register(`${fieldId}.${part}`)}
            />
          </div>
        ))}
      </div>
    </Fieldset>
  );
}
