import type { Page } from '#src/machine/page.ts';
import { isStepId } from '#src/questionnaire/steps.ts';
import { continuePageName } from '#src/start/continue-address.ts';

const parameter = 'page';
/** A question opened by "Change" on check answers: ?change=<step> rather than ?page=<step>. */
const changeParameter = 'change';
/** The page the crisis page leads to, unless a question being changed: ?page=support&then=<step>. */
const thenParameter = 'then';
const fixedPages = { checkAnswers: 'check-answers', safety: 'support', summary: 'summary' } as const;

/**
 * The address of a page. Pages are a query parameter, not a path, so that any static host can
 * serve every page from index.html without rewrite rules; other parameters stay.
 * The crisis page names the page it leads to as well: ?page=support&then=<step>, &change=<step>
 * or &then=check-answers.
 */
export function addressOf(page: Page, current: URL): string {
  const url = new URL(current.href);
  const { searchParams } = url;
  url.hash = '';
  for (const name of [parameter, changeParameter, thenParameter]) searchParams.delete(name);
  const name = (shown: Page, as: string) => {
    if (shown.kind === 'step') searchParams.set(shown.changing ? changeParameter : as, shown.stepId);
    else if (shown.kind !== 'start') searchParams.set(as, fixedPages[shown.kind]);
  };
  name(page, parameter);
  if (page.kind === 'safety' && page.then) name(page.then, thenParameter);
  return `${url.pathname}${url.search}`;
}

/** The page an address asks for, or undefined when it names none (the start page) or an unknown one. */
export function pageAt({ searchParams }: URL): Page | undefined {
  const changed = searchParams.get(changeParameter);
  const change = changed !== null && isStepId(changed) ? ({ kind: 'step', stepId: changed, changing: true } as const) : undefined;
  const page = pageNamed(searchParams.get(parameter));
  if (page?.kind !== 'safety') return change ?? page;
  const then = change ?? pageNamed(searchParams.get(thenParameter));
  return then?.kind === 'step' || then?.kind === 'checkAnswers' ? { kind: 'safety', then } : page;
}

function pageNamed(name: string | null): Page | undefined {
  if (name === null) return { kind: 'start' };
  if (isStepId(name)) return { kind: 'step', stepId: name };
  // Asking for "Check your answers" opens it when every question is answered, else the first unanswered page.
  if (name === continuePageName) return { kind: 'checkAnswers' };
  const fixed = Object.entries(fixedPages).find(([, value]) => value === name)?.[0];
  return fixed ? ({ kind: fixed } as Page) : undefined;
}
