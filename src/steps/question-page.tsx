import { memo, useContext, useEffect, useMemo, useState, type BaseSyntheticEvent, type ComponentType } from 'react';
import { useForm, type FieldValues } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import { keys } from '#src/i18n/keys.ts';
import { ScreeningActorContext } from '#src/machine/screening-actor-context.ts';
import { fields, type Answers, type FieldId } from '#src/questionnaire/fields.ts';
import { sectionPosition } from '#src/questionnaire/flow.ts';
import { resolverOf } from './step-resolver.ts';
import { stepById, type Step, type StepId } from '#src/questionnaire/steps.ts';
import { BackLink } from '#src/ui/back-link.tsx';
import { leavePage } from '#src/ui/leave-page.ts';
import { ErrorSummary } from '#src/ui/error-summary.tsx';
import { PageHeading } from '#src/ui/page-heading.tsx';
import { PageTitle } from '#src/ui/page-title.tsx';
import type { FieldProps } from './field-props.ts';
import { fieldForKind } from './field-for-kind.ts';
import { formValues } from './form-values.ts';
import { StepFormContext, withoutBlur } from './step-form-context.ts';
import { stepErrors, type StepError } from './step-errors.ts';
import { AnswersOnPageContext, answersSoFar } from './answers-on-page.ts';

/**
 * The page for a step: its form, built afresh for each step, and for each wording of its questions.
 * A page built ahead, then reworded by the answer that led to it, had read answers since dropped.
 */
export function QuestionPage({ stepId }: { stepId: StepId }) {
  const labelContext = ScreeningActorContext.useSelector((snapshot) => stepById(stepId).labelContext?.(snapshot.context.answers));
  return <StepForm key={`${stepId}/${labelContext}`} stepId={stepId} labelContext={labelContext} />;
}

/** A step's form: the answers so far, their validation, and what Continue sends. */
function StepForm({ stepId, labelContext }: { stepId: StepId; labelContext: string | undefined }) {
  const { t } = useTranslation(['common', 'questionnaire', 'validation']);
  const actor = ScreeningActorContext.useActorRef();
  const step: Step = stepById(stepId);
  // Read once, not followed: a page built ahead of time is built before the answers on the page
  // before it are given, and those answers are never this step's own.
  const [defaultValues] = useState(() => formValues(step, actor.getSnapshot().context.answers));
  const form = useForm<FieldValues>({ resolver: resolverOf(step), defaultValues, shouldFocusError: false });
  const { handleSubmit, register, control, subscribe } = form;
  const { errors, submitCount } = form.formState;
  const reportAnswers = useContext(AnswersOnPageContext);
  useEffect(
    () => subscribe({ formState: { values: true }, callback: ({ values }) => reportAnswers(answersSoFar(step, values)) }),
    [subscribe, step, reportAnswers],
  );
  const fieldsOfForm = useMemo(() => ({ register: withoutBlur(register), control }), [register, control]);
  const onSubmit = useMemo(
    () =>
      handleSubmit((values) => leavePage(() => actor.send({ type: 'step.continue', stepId, answers: values as Answers }))),
    [handleSubmit, actor, stepId],
  );
  return (
    <StepFormContext.Provider value={fieldsOfForm}>
      <StepPage stepId={stepId} labelContext={labelContext} errors={stepErrors(step, errors, t, labelContext)} attempt={submitCount} onSubmit={onSubmit} />
    </StepFormContext.Provider>
  );
}

interface StepPageProps {
  stepId: StepId;
  /** Which wording the labels take, from earlier answers. */
  labelContext: string | undefined;
  errors: readonly StepError[];
  /** How many times Continue was pressed: the error summary takes focus after each failed attempt. */
  attempt: number;
  onSubmit: (event?: BaseSyntheticEvent) => Promise<void>;
}

const sameErrors = (before: readonly StepError[], after: readonly StepError[]) =>
  before.length === after.length && before.every((error, index) => error.targetId === after[index]?.targetId && error.message === after[index]?.message);

/**
 * The page itself. It renders again when what it shows changes, not when the form's state changes
 * unseen (react-hook-form changes it once as it mounts, which would render every page twice).
 */
const StepPage = memo(
  function StepPage({ stepId, labelContext: context, errors, attempt, onSubmit }: StepPageProps) {
    const { t, i18n } = useTranslation(['common', 'questionnaire', 'validation']);
    const actor = ScreeningActorContext.useActorRef();
    const step = stepById(stepId);
    const isSingleQuestion = step.fields.length === 1;
    const firstField = step.fields[0] as FieldId;
    const pageName = isSingleQuestion ? t(keys.fieldLabel(firstField), { context }) : t(keys.stepTitle(stepId));
    const { number, total } = sectionPosition(step.section);

    return (
      <>
        <PageTitle page={pageName} hasErrors={errors.length > 0} />
        <BackLink onBack={() => actor.send({ type: 'step.back' })} />
        <ErrorSummary errors={errors} attempt={attempt} />
        <p className="caption">{t('common:progress', { number, total, section: t(keys.section(step.section)) })}</p>
        {!isSingleQuestion && <PageHeading>{t(keys.stepTitle(stepId))}</PageHeading>}
        <form noValidate onSubmit={onSubmit}>
          {step.fields.map((fieldId) => {
            const spec = fields[fieldId];
            const Field = fieldForKind[spec.kind] as ComponentType<FieldProps>;
            const hintKey = keys.fieldHint(fieldId);
            return (
              <Field
                key={fieldId}
                fieldId={fieldId}
                spec={spec}
                label={t(keys.fieldLabel(fieldId), { context })}
                hint={i18n.exists(hintKey) ? t(hintKey) : undefined}
                isPageHeading={isSingleQuestion}
                errorAt={(path = '') => errors.find((error) => error.fieldId === fieldId && error.path === path)?.message}
              />
            );
          })}
          <button type="submit" className="button">
            {t('common:continue')}
          </button>
        </form>
      </>
    );
  },
  (before, after) =>
    before.stepId === after.stepId &&
    before.labelContext === after.labelContext &&
    before.attempt === after.attempt &&
    before.onSubmit === after.onSubmit &&
    sameErrors(before.errors, after.errors),
);
