import { zodResolver } from '@hookform/resolvers/zod';
import { useMemo, type ComponentType } from 'react';
import { FormProvider, useForm } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import { keys } from '#src/i18n/keys.ts';
import { ScreeningActorContext } from '#src/machine/screening-actor-context.ts';
import { fields, type Answers, type FieldId } from '#src/questionnaire/fields.ts';
import { sectionPosition } from '#src/questionnaire/flow.ts';
import { stepSchema } from '#src/questionnaire/step-schema.ts';
import { stepById, type Step, type StepId } from '#src/questionnaire/steps.ts';
import { BackLink } from '#src/ui/back-link.tsx';
import { ErrorSummary } from '#src/ui/error-summary.tsx';
import { PageHeading } from '#src/ui/page-heading.tsx';
import { usePageTitle } from '#src/ui/use-page-title.ts';
import type { FieldProps } from './field-props.ts';
import { fieldForKind } from './field-for-kind.ts';
import { formValues } from './form-values.ts';
import { stepErrors } from './step-errors.ts';

/** The page for whichever step the machine says is current. */
export function QuestionPage() {
  const stepId = ScreeningActorContext.useSelector((snapshot) => snapshot.context.currentStepId);
  return <StepForm key={stepId} stepId={stepId} />;
}

function StepForm({ stepId }: { stepId: StepId }) {
  const { t, i18n } = useTranslation(['common', 'questionnaire', 'validation']);
  const actor = ScreeningActorContext.useActorRef();
  const answers = ScreeningActorContext.useSelector((snapshot) => snapshot.context.answers);
  const step: Step = stepById(stepId);
  const resolver = useMemo(() => zodResolver(stepSchema(step)), [step]);
  const form = useForm<Record<string, unknown>>({
    resolver,
    defaultValues: formValues(step, answers),
    shouldFocusError: false,
  });
  const { errors, submitCount } = form.formState;
  const errorList = stepErrors(step, errors, t);
  const isSingleQuestion = step.fields.length === 1;
  const context = step.labelContext?.(answers);
  const firstField = step.fields[0] as FieldId;
  const pageName = isSingleQuestion ? t(keys.fieldLabel(firstField), { context }) : t(keys.stepTitle(stepId));
  usePageTitle(pageName, errorList.length > 0);
  const { number, total } = sectionPosition(step.section);

  const onValid = (values: Record<string, unknown>) =>
    actor.send({ type: 'step.continue', stepId, answers: values as Answers });

  return (
    <>
      <BackLink onBack={() => actor.send({ type: 'step.back' })} />
      <ErrorSummary errors={errorList} attempt={submitCount} />
      <p className="caption">{t('common:progress', { number, total, section: t(keys.section(step.section)) })}</p>
      {!isSingleQuestion && <PageHeading>{t(keys.stepTitle(stepId))}</PageHeading>}
      <FormProvider {...form}>
        <form noValidate onSubmit={form.handleSubmit(onValid)}>
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
                errorAt={(path = '') => errorList.find((error) => error.fieldId === fieldId && error.path === path)?.message}
              />
            );
          })}
          <button type="submit" className="button">
            {t('common:continue')}
          </button>
        </form>
      </FormProvider>
    </>
  );
}
