import { memo, useRef } from 'react';
import { useTranslation } from 'react-i18next';
import { formatAnswer } from '#src/i18n/format-answer.ts';
import { keys } from '#src/i18n/keys.ts';
import { ScreeningActorContext } from '#src/machine/screening-actor-context.ts';
import type { FieldId } from '#src/questionnaire/fields.ts';
import type { StepId } from '#src/questionnaire/steps.ts';
import { answerRowsBySection } from '#src/summary/answer-rows.ts';
import { BackLink } from '#src/ui/back-link.tsx';
import { FocusWhenShown } from '#src/ui/focus-when-shown.tsx';
import { leavePage } from '#src/ui/leave-page.ts';
import { PageHeading } from '#src/ui/page-heading.tsx';
import { PageTitle } from '#src/ui/page-title.tsx';

/**
 * Every answer grouped by section, each with a "Change" that edits it and comes back here, to the
 * same row: on a phone, the top of the page can be many screens away from it.
 */
export function CheckAnswersPage() {
  const { t, i18n } = useTranslation(['common', 'questionnaire']);
  const actor = ScreeningActorContext.useActorRef();
  const answers = ScreeningActorContext.useSelector((snapshot) => snapshot.context.answers);
  const returnTo = ScreeningActorContext.useSelector((snapshot) => snapshot.context.changedFieldId);
  const sections = answerRowsBySection(answers);
  // A row a change has since hidden cannot take focus: the heading does.
  const rowReturnedTo = sections.some(({ rows }) => rows.some(({ fieldId }) => fieldId === returnTo));
  return (
    <>
      <BackLink onBack={() => actor.send({ type: 'step.back' })} />
      <PageTitle page={t('common:checkAnswers.title')} />
      <PageHeading takesFocus={!rowReturnedTo}>{t('common:checkAnswers.title')}</PageHeading>
      <p>{t('common:checkAnswers.lead')}</p>
      {sections.map(({ section, rows }) => (
        <section key={section}>
          <h2 className="heading-m">{t(keys.section(section))}</h2>
          <dl className="summary-list">
            {rows.map(({ fieldId, stepId }) => (
              <AnswerRow
                key={fieldId}
                fieldId={fieldId}
                stepId={stepId}
                lines={formatAnswer(fieldId, answers, t, i18n.language)}
                returnedTo={fieldId === returnTo}
              />
            ))}
          </dl>
        </section>
      ))}
      <button type="button" className="button" onClick={() => leavePage(() => actor.send({ type: 'answers.confirm' }))}>
        {t('common:checkAnswers.confirm')}
      </button>
    </>
  );
}

interface AnswerRowProps {
  fieldId: FieldId;
  stepId: StepId;
  /** The answer as shown. */
  lines: readonly string[];
  /** The row whose "Change" was pressed: that "Change" takes focus when the page is shown again. */
  returnedTo: boolean;
}

const sameRow = (before: AnswerRowProps, after: AnswerRowProps) =>
  before.fieldId === after.fieldId &&
  before.stepId === after.stepId &&
  before.returnedTo === after.returnedTo &&
  before.lines.length === after.lines.length &&
  before.lines.every((line, index) => line === after.lines[index]);

/**
 * One question and its answer. It renders again only when the answer as shown changes: the page
 * is built before the last answer is given, and showing it then renders only that answer's row.
 */
const AnswerRow = memo(function AnswerRow({ fieldId, stepId, lines, returnedTo }: AnswerRowProps) {
  const { t } = useTranslation(['common', 'questionnaire']);
  const actor = ScreeningActorContext.useActorRef();
  const change = useRef<HTMLButtonElement>(null);
  const question = t(keys.fieldSummaryLabel(fieldId));
  return (
    <div className="summary-list__row">
      <dt className="summary-list__key">{question}</dt>
      <dd className="summary-list__value">
        {lines.map((line, index) => (
          <p key={index}>{line}</p>
        ))}
      </dd>
      <dd className="summary-list__actions">
        {/* The visible word is part of the spoken name (WCAG 2.5.3), which says what changes. */}
        <button
          ref={change}
          type="button"
          className="link-button"
          aria-label={t('common:checkAnswers.changeLabel', { question })}
          onClick={() => leavePage(() => actor.send({ type: 'answers.change', stepId, fieldId }))}
        >
          {t('common:checkAnswers.change')}
        </button>
        {returnedTo && <FocusWhenShown target={change} />}
      </dd>
    </div>
  );
}, sameRow);
