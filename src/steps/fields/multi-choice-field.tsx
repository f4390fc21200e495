import { useFormContext } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import { keys } from '#src/i18n/keys.ts';
import type { MultiChoiceField as MultiChoiceSpec } from '#src/questionnaire/question-kinds.ts';
import type { FieldProps } from '../field-props.ts';
import { Fieldset } from '../fieldset.tsx';

/** Checkboxes; an exclusive option ("None of these") is set apart by a divider, as in GOV.UK. */
export function MultiChoiceField({ fieldId, spec, label, hint, isPageHeading, errorAt }: FieldProps<MultiChoiceSpec>) {
  const { t } = useTranslation();
  const { register } = useFormContext();
  return (
    <Fieldset id={fieldId} legend={label} isPageHeading={isPageHeading} hint={hint} error={errorAt()}>
      <div className="checkboxes">
        {spec.options.map((value, index) => {
          const id = index === 0 ? fieldId : `${fieldId}-${value}`;
          return (
            <div className={value === spec.exclusive ? 'checkboxes__item checkboxes__item--exclusive' : 'checkboxes__item'} key={value}>
              <input className="checkboxes__input" type="checkbox" id={id} value={value} {...register(fieldId)} />
              <label className="checkboxes__label" htmlFor={id}>
                {t(keys.option(spec.optionSet, value))}
              </label>
            </div>
          );
        })}
      </div>
    </Fieldset>
  );
}
