import { useTranslation } from 'react-i18next';
import { keys } from '#src/i18n/keys.ts';
import { useStepForm } from './step-form-context.ts';

/**
 * Radios or checkboxes for a field's options, or for a part of one (a treatment entry's choices).
 * The first input carries the group's id, so the error summary can link to it; an exclusive
 * option ("None of these") is set apart.
 */
export function OptionList({
  name,
  id,
  type,
  optionSet,
  options,
  exclusive,
  small = false,
}: {
  /** The form value the inputs set: a field id, or a path within one. */
  name: string;
  id: string;
  type: 'radio' | 'checkbox';
  optionSet: string;
  options: readonly string[];
  exclusive?: string | undefined;
  small?: boolean;
}) {
  const { t } = useTranslation();
  const { register } = useStepForm();
  const block = type === 'radio' ? 'radios' : 'checkboxes';
  // One registration for the group: every input of it shares the same props.
  const input = register(name);
  return (
    <div className={small ? `${block} ${block}--small` : block}>
      {options.map((value, index) => {
        const inputId = index === 0 ? id : `${id}-${value}`;
        return (
          <div className={value === exclusive ? `${block}__item ${block}__item--exclusive` : `${block}__item`} key={value}>
            <input className={`${block}__input`} type={type} id={inputId} value={value} {...input} />
            <label className={`${block}__label`} htmlFor={inputId}>
              {t(keys.option(optionSet, value))}
            </label>
          </div>
        );
      })}
    </div>
  );
}
