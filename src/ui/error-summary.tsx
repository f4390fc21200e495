import { useEffect, useRef } from 'react';
import { useTranslation } from 'react-i18next';

export interface ErrorLink {
  targetId: string;
  message: string;
}

/**
 * The GOV.UK error summary: takes focus after each failed submit (`attempt` changes), and each
 * message links to its field. Only a new attempt moves focus: an answer corrected and then made
 * wrong again while typing brings the summary back, and focus stays in the answer.
 */
export function ErrorSummary({ errors, attempt }: { errors: readonly ErrorLink[]; attempt: number }) {
  const { t } = useTranslation('common');
  const ref = useRef<HTMLDivElement>(null);
  const hasErrors = errors.length > 0;
  useEffect(() => {
    // Focus alone scrolls a summary taller than the screen only far enough to show its end: on a
    // phone "There is a problem" was off screen. Its top goes to the top of the screen. With no
    // errors, there is no summary to focus.
    ref.current?.focus({ preventScroll: true });
    ref.current?.scrollIntoView({ block: 'start' });
  }, [attempt]);
  if (!hasErrors) return null;
  // One link per message: a month and a year both missing are one thing to fix.
  const links = errors.filter((error, index) => errors.findIndex((other) => other.message === error.message) === index);
  return (
    <div ref={ref} className="error-summary" role="alert" tabIndex={-1} aria-labelledby="error-summary-title">
      <h2 id="error-summary-title" className="error-summary__title">
        {t('errorSummaryTitle')}
      </h2>
      <ul className="error-summary__list">
        {links.map((error) => (
          <li key={error.targetId}>
            <a
              href={`#${error.targetId}`}
              onClick={(event) => {
                event.preventDefault();
                const input = document.getElementById(error.targetId);
                if (!input) return;
                input.focus({ preventScroll: true });
                questionOf(input).scrollIntoView({ block: 'start' });
              }}
            >
              {error.message}
            </a>
          </li>
        ))}
      </ul>
    </div>
  );
}

/**
 * Where the question of an answer starts, to bring to the top of the screen as the answer takes
 * focus: focus alone centres the answer, and on a phone its question and error were above the
 * screen. A group's question is its legend (a radio's label is one option), a box's its label,
 * and the list of medicines' its heading, at the top of its group.
 */
function questionOf(input: HTMLElement): Element {
  return input.closest('fieldset')?.querySelector('legend') ?? document.querySelector(`[for="${input.id}"]`) ?? input.closest('.form-group') ?? input;
}
