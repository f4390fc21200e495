import { startTransition, useCallback, useEffect, useRef, useState } from 'react';
import { currentPage, isSamePage, pageKey, type Page } from '#src/machine/page.ts';
import { likelyNextPage } from '#src/machine/page-ahead.ts';
import { ScreeningActorContext } from '#src/machine/screening-actor-context.ts';
import type { Answers } from '#src/questionnaire/fields.ts';
import { afterNextPaint } from '#src/ui/after-paint.ts';

/** A page built ahead, and the page it was guessed from. */
interface Ahead {
  from: string;
  page: Page;
}

const isSameAhead = (before: Ahead | undefined, after: Ahead | undefined) =>
  before === after || (before !== undefined && after !== undefined && before.from === after.from && isSamePage(before.page, after.page));

interface PageAhead {
  /** The page that most likely follows the current one, to build out of sight while the person reads. */
  ahead: Page | undefined;
  /** Guesses again from the answers entered so far on a question page: an answer can change where Continue leads. */
  reconsider: (answersOnPage: Answers) => void;
}

/**
 * The page that most likely follows `page`: known once `page` has painted, the browser is idle,
 * and every page's code and text are `ready`; guessed again as the person answers.
 */
export function usePageAhead(page: Page, ready: () => Promise<unknown>): PageAhead {
  const actor = ScreeningActorContext.useActorRef();
  const [ahead, setAhead] = useState<Ahead>();
  const latestAhead = useRef<Ahead>(undefined);
  const isReady = useRef(false);
  const cancelGuess = useRef(() => {});
  const from = pageKey(page);

  const guess = useCallback(
    (answersOnPage?: Answers) => {
      cancelGuess.current();
      cancelGuess.current = afterNextPaint(() => {
        const snapshot = actor.getSnapshot();
        const guessed = likelyNextPage(actor.logic, snapshot, answersOnPage);
        const next = guessed && { from: pageKey(currentPage(snapshot)), page: guessed };
        // Only a change is sent. React drops an update that changes nothing, but the transition it
        // was made in stays open, and React then takes the next press on Continue for a form
        // action: it copies the form into a FormData and schedules one more render.
        if (isSameAhead(latestAhead.current, next)) return;
        latestAhead.current = next;
        // A transition: the page is built in slices, between whatever the person does.
        startTransition(() => setAhead(next));
      });
    },
    [actor],
  );

  useEffect(() => {
    let current = true;
    void ready().then(() => {
      if (!current) return;
      isReady.current = true;
      guess();
    });
    return () => {
      current = false;
      cancelGuess.current();
    };
  }, [ready, guess, from]);

  const reconsider = useCallback((answersOnPage: Answers) => isReady.current && guess(answersOnPage), [guess]);
  return { ahead: ahead?.from === from ? ahead.page : undefined, reconsider };
}
