import { useEffect, useState } from 'react';
import { pageKey, type Page } from '#src/machine/page.ts';
import { likelyNextPage } from '#src/machine/page-ahead.ts';
import { ScreeningActorContext } from '#src/machine/screening-actor-context.ts';
import { afterNextPaint } from '#src/ui/after-paint.ts';

/**
 * The page that most likely follows `page`, to build out of sight while the person reads: known
 * once `page` has painted, the browser is idle, and every page's code and text are `ready`.
 */
export function usePageAhead(page: Page, ready: () => Promise<unknown>): Page | undefined {
  const actor = ScreeningActorContext.useActorRef();
  const [ahead, setAhead] = useState<{ from: string; page: Page }>();
  const from = pageKey(page);
  useEffect(() => {
    let cancel = () => {};
    let current = true;
    void ready().then(() => {
      if (!current) return;
      cancel = afterNextPaint(() => {
        const next = likelyNextPage(actor.logic, actor.getSnapshot());
        setAhead(next && { from, page: next });
      });
    });
    return () => {
      current = false;
      cancel();
    };
  }, [actor, ready, from]);
  return ahead?.from === from ? ahead.page : undefined;
}
