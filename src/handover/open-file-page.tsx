import { useCallback, useEffect, useId, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { answersFromQuestionnaireResponse } from '#src/fhir/read-questionnaire-response.ts';
import type { Answers } from '#src/questionnaire/fields.ts';
import { isComplete } from '#src/questionnaire/flow.ts';
import { ErrorMessage } from '#src/ui/error-message.tsx';
import { PageHeading } from '#src/ui/page-heading.tsx';
import { PageTitle } from '#src/ui/page-title.tsx';
import { dropFilesOnPage } from './drop-files-on-page.ts';
import { localDay } from './received-address.ts';
import { ReceivedSummary } from './received-summary.tsx';

/** Larger than any real answers file by far; a bigger file is not one of ours. */
const maxFileBytes = 1_000_000;

/**
 * `choice` counts the files chosen or dropped. Each refused one puts its message in afresh, so a
 * second file with the same problem is announced too; each opened one is a new page.
 */
type Opened = { answers: Answers; completedOn: Date; choice: number } | { problem: string; choice: number };

/** For clinic staff: open a summary file a patient sent (a FHIR QuestionnaireResponse) and see the summary. */
export function OpenFilePage() {
  const { t } = useTranslation('received');
  const [opened, setOpened] = useState<Opened>();
  const choices = useRef(0);
  const open = useCallback(async (files: readonly File[]) => {
    if (files.length === 0) return;
    const choice = ++choices.current;
    // Only the file chosen last is shown, however long an earlier one takes to read.
    const show = (result: Opened) => choice === choices.current && setOpened(result);
    const refuse = (problem: string) => show({ problem, choice });
    // Several dropped at once: which of them was meant is not known.
    if (files.length > 1) return refuse('severalFiles');
    const [file] = files as [File];
    if (file.size > maxFileBytes) return refuse('tooLarge');
    const text = await file.text().catch(() => undefined);
    if (text === undefined) return refuse('unreadable');
    const reading = answersFromQuestionnaireResponse(text);
    if (!reading.ok) return refuse(reading.problem);
    // Shown as a summary, a missing answer would read as a "no": only a finished questionnaire is one.
    if (!(reading.status === 'completed' || reading.status === 'amended') || !isComplete(reading.answers)) {
      return refuse(reading.fromOtherVersion ? 'otherVersion' : 'incomplete');
    }
    // The day the patient saw on their summary: the date as written, in their own time zone.
    show({ answers: reading.answers, completedOn: localDay(reading.authored), choice });
  }, []);
  useEffect(() => dropFilesOnPage(open), [open]);
  if (opened && 'answers' in opened) {
    return (
      <>
        {/* Keyed by the file: one dropped on another's summary opens at its top, its heading focused, in the page's language. */}
        <ReceivedSummary key={opened.choice} answers={opened.answers} completedOn={opened.completedOn} source="file" />
        <button type="button" className="button button--secondary no-print" onClick={() => setOpened(undefined)}>
          {t('openFile.another')}
        </button>
      </>
    );
  }
  return <ChooseFile refused={opened} onFiles={(files) => void open(files)} />;
}

/** The page's form: the file input, and the problem with the file given last. */
function ChooseFile({ refused, onFiles }: { refused: { problem: string; choice: number } | undefined; onFiles: (files: File[]) => void }) {
  const { t } = useTranslation('received');
  const id = useId();
  const problem = refused && t(`openFile.problems.${refused.problem}`);
  // A live region is announced when its content changes, not with the content it appears with (as
  // after a refused file dropped on a summary): it is in the page, empty, for a frame before any message.
  const [inPage, setInPage] = useState(false);
  useEffect(() => {
    const frame = requestAnimationFrame(() => setInPage(true));
    return () => cancelAnimationFrame(frame);
  }, []);
  return (
    <>
      <PageTitle page={t('openFile.title')} hasErrors={problem !== undefined} />
      <PageHeading>{t('openFile.title')}</PageHeading>
      <p>{t('openFile.lead')}</p>
      <div className={problem ? 'form-group form-group--error' : 'form-group'}>
        <label className="label" htmlFor={`${id}-file`}>
          {t('openFile.label')}
        </label>
        <p id={`${id}-hint`} className="hint">
          {t('openFile.hint')}
        </p>
        {/* Announced as it appears: choosing a file moves no focus, and the page changes nowhere else. */}
        <div role="alert">
          <ErrorMessage key={refused?.choice} id={`${id}-error`} message={inPage ? problem : undefined} />
        </div>
        <input
          id={`${id}-file`}
          className="file-upload"
          type="file"
          accept=".json,application/json,application/fhir+json"
          aria-describedby={problem ? `${id}-hint ${id}-error` : `${id}-hint`}
          onChange={(event) => {
            const files = [...(event.target.files ?? [])];
            // Emptied, so that choosing the same file again (after "choose it again") is a change too.
            event.target.value = '';
            onFiles(files);
          }}
        />
      </div>
    </>
  );
}
