import { useTranslation } from 'react-i18next';
import { keys } from '#src/i18n/keys.ts';
import type { FieldId } from '#src/questionnaire/fields.ts';
import { useStepForm } from './step-form-context.ts';

/**
 * Radios or checkboxes for a field's options. The first input carries the field id, so the
 * error summary can link to it; an exclusive option ("None of these") is set apart.
 */
export function OptionList({
  fieldId,
  type,
  optionSet,
  options,
  exclusive,
}: {
  fieldId: FieldId;
  type: 'radio' | 'checkbox';
  optionSet: string;
  options: readonly string[];
  exclusive?: string | undefined;
}) {
  const { t } = useTranslation();
  const { register } = useStepForm();
  const block = type === 'radio' ? 'radios' : 'checkboxes';
  // One registration for the field: every input of it shares the same props.
  const input = register(fieldId);
  return (
    <div className={block}>
      {options.map((value, index) => {
        const id = index === 0 ? fieldId : `${fieldId}-${value}`;
        return (
          <div className={value === exclusive ? `${block}__item ${block}__item--exclusive` : `${block}__item`} key={value}>
            <input className={`${block}__input`} type={type} id={id} value={value} {...input} />
            <label className={`${block}__label`} htmlFor={id}>
              {t(keys.option(optionSet, value))}
            </label>
          </div>
        );
      })}
    </div>
  );
}
