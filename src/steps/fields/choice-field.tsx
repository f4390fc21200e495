import { useFormContext } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import { keys } from '#src/i18n/keys.ts';
import type { ChoiceField as ChoiceSpec } from '#src/questionnaire/question-kinds.ts';
import type { FieldProps } from '../field-props.ts';
import { Fieldset } from '../fieldset.tsx';

/** Radios: one answer from the field's options. The first radio carries the field id, for error links. */
export function ChoiceField({ fieldId, spec, label, hint, isPageHeading, errorAt }: FieldProps<ChoiceSpec>) {
  const { t } = useTranslation();
  const { register } = useFormContext();
  return (
    <Fieldset id={fieldId} legend={label} isPageHeading={isPageHeading} hint={hint} error={errorAt()}>
      <div className="radios">
        {spec.options.map((value, index) => {
          const id = index === 0 ? fieldId : `${fieldId}-${value}`;
          return (
            <div className="radios__item" key={value}>
              <input className="radios__input" type="radio" id={id} value={value} {...register(fieldId)} />
              <label className="radios__label" htmlFor={id}>
                {t(keys.option(spec.optionSet, value))}
              </label>
            </div>
          );
        })}
      </div>
    </Fieldset>
  );
}
