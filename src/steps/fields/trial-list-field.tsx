import { useEffect, useRef, type ReactNode } from 'react';
import { useFieldArray, useWatch } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import type { TFunction } from 'i18next';
import { keys } from '#src/i18n/keys.ts';
import { type TrialListField as TrialListSpec } from '#src/questionnaire/question-kinds.ts';
import { antidepressantsByClass, trialOptionSetNames, trialOptionSets } from '#src/questionnaire/treatment-trial.ts';
import { describedBy } from '#src/ui/described-by.ts';
import { ErrorMessage } from '#src/ui/error-message.tsx';
import type { FieldProps } from '../field-props.ts';
import { Fieldset } from '../fieldset.tsx';
import { InputGroup } from '../input-group.tsx';
import { OptionList } from '../option-list.tsx';
import { PageHeading } from '#src/ui/page-heading.tsx';
import { useStepForm } from '../step-form-context.ts';

type RadioPart = keyof typeof trialOptionSets;
const radioParts = Object.keys(trialOptionSets) as RadioPart[];

const medicineOptionsByLanguage = new Map<string, ReactNode>();

/**
 * The same thirty-odd medicine options in every entry, translated once per language rather than
 * each time the page opens (about 2-4 ms of that page turn).
 */
function medicineOptions(language: string, t: TFunction): ReactNode {
  let options = medicineOptionsByLanguage.get(language);
  if (!options) {
    options = (
      <>
        <option value="">{t('common:trialList.chooseMedicine')}</option>
        {Object.entries(antidepressantsByClass).map(([group, names]) => (
          <optgroup key={group} label={t(keys.medicineClass(group))}>
            {names.map((name) => (
              <option key={name} value={name}>
                {t(keys.medicine(name))}
              </option>
            ))}
          </optgroup>
        ))}
        <option value="other">{t(keys.medicine('other'))}</option>
      </>
    );
    medicineOptionsByLanguage.set(language, options);
  }
  return options;
}

/** An empty entry: the shape the form keeps for each medicine while it is being filled in. */
export const emptyTrial = { medicine: '', otherName: '', weeks: '', takenAsPrescribed: null, effect: null, outcome: null };

/**
 * The "add another" list of antidepressants tried in this episode. Each entry asks the facts
 * that decide whether a trial counts (CLINICAL.md 1.5): how long, taken as prescribed, effect, outcome.
 */
export function TrialListField({ fieldId, spec, label, hint, isPageHeading, errorAt }: FieldProps<TrialListSpec>) {
  const { t, i18n } = useTranslation();
  const { control, register } = useStepForm();
  const { fields: entries, append, remove } = useFieldArray({ control, name: fieldId });
  const listError = errorAt() ?? errorAt('root');
  const entryId = (index: number, part: string) => `${fieldId}-${index}-${part}`;
  const addId = `${fieldId}-add`;
  const hintId = hint && `${fieldId}-hint`;
  // Focus would fall to the page itself with the "Remove" button pressed: it goes to the entry now
  // in that place, else the one before, else "Add a medicine".
  const removedAt = useRef<number>(undefined);
  useEffect(() => {
    const index = removedAt.current;
    if (index === undefined) return;
    removedAt.current = undefined;
    document.getElementById(entries.length ? entryId(Math.min(index, entries.length - 1), 'heading') : addId)?.focus();
  });

  return (
    <div className={listError ? 'form-group form-group--error' : 'form-group'}>
      {isPageHeading ? <PageHeading>{label}</PageHeading> : <h2 className="heading-m">{label}</h2>}
      {hint && (
        <div id={hintId} className="hint">
          {hint}
        </div>
      )}
      <ErrorMessage id={`${fieldId}-error`} message={listError} />
      {entries.map((entry, index) => {
        const number = index + 1;
        return (
          <section className="trial" key={entry.id} aria-labelledby={entryId(index, 'heading')}>
            <h2 className="heading-m" id={entryId(index, 'heading')} tabIndex={-1}>
              {t('common:trialList.entryHeading', { number })}
            </h2>
            <InputGroup id={entryId(index, 'medicine')} label={t(keys.trialPart('medicine'))} hint={undefined} error={errorAt(`${index}.medicine`)}>
              {(description) => (
                <select
                  id={entryId(index, 'medicine')}
                  className={description['aria-invalid'] ? 'select input--error' : 'select'}
                  {...description}
                  {...register(`${fieldId}.${index}.medicine`)}
                  // The list's hint comes before the first entry; a screen reader moving between controls would miss it.
                  aria-describedby={describedBy(index === 0 && hintId, description['aria-describedby'])}
                >
                  {medicineOptions(i18n.language, t)}
                </select>
              )}
            </InputGroup>
            <OtherMedicineName name={`${fieldId}.${index}`} id={entryId(index, 'otherName')} error={errorAt(`${index}.otherName`)} />
            <InputGroup
              id={entryId(index, 'weeks')}
              label={t(keys.trialPart('weeks'))}
              hint={t(keys.trialPart('weeks', 'hint'))}
              error={errorAt(`${index}.weeks`)}
            >
              {(description) => (
                <input
                  id={entryId(index, 'weeks')}
                  className={description['aria-invalid'] ? 'input input--width-3 input--error' : 'input input--width-3'}
                  type="text"
                  inputMode="numeric"
                  autoComplete="off"
                  {...description}
                  {...register(`${fieldId}.${index}.weeks`)}
                />
              )}
            </InputGroup>
            {radioParts.map((part) => (
              <Fieldset
                key={part}
                id={entryId(index, part)}
                legend={t(keys.trialPart(part))}
                isPageHeading={false}
                hint={undefined}
                error={errorAt(`${index}.${part}`)}
              >
                <OptionList
                  name={`${fieldId}.${index}.${part}`}
                  id={entryId(index, part)}
                  type="radio"
                  optionSet={trialOptionSetNames[part]}
                  options={trialOptionSets[part]}
                  small
                />
              </Fieldset>
            ))}
            <button type="button" className="button button--secondary" onClick={() => {
                removedAt.current = index;
                remove(index);
              }}
            >
              {t('common:trialList.remove', { number })}
            </button>
          </section>
        );
      })}
      {entries.length < spec.maxEntries ? (
        <button
          id={addId}
          type="button"
          className="button button--secondary"
          // The list's own error ("add at least one medicine") is about this button, where its link in the error summary leads.
          aria-describedby={describedBy(hintId, listError && `${fieldId}-error`)}
          onClick={() => append({ ...emptyTrial })}
        >
          {t(entries.length === 0 ? 'common:trialList.addFirst' : 'common:trialList.addAnother')}
        </button>
      ) : (
        <p className="hint">{t('common:trialList.limit', { count: spec.maxEntries })}</p>
      )}
    </div>
  );
}

/**
 * The name of a medicine not in the list, asked once "Other" is chosen. Only this part follows the
 * choice of medicine: the entry around it does not render again as the form fills in.
 */
function OtherMedicineName({ name, id, error }: { name: `${string}.${number}`; id: string; error: string | undefined }) {
  const { t } = useTranslation();
  const { control, register } = useStepForm();
  const medicine = useWatch({ control, name: `${name}.medicine` }) as string | undefined;
  if (medicine !== 'other') return null;
  return (
    <InputGroup id={id} label={t(keys.trialPart('otherName'))} hint={undefined} error={error}>
      {(description) => (
        <input
          id={id}
          className={description['aria-invalid'] ? 'input input--error' : 'input'}
          type="text"
          autoComplete="off"
          {...description}
          {...register(`${name}.otherName`)}
        />
      )}
    </InputGroup>
  );
}
