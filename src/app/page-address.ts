import type { Page } from '#src/machine/page.ts';
import { isStepId } from '#src/questionnaire/steps.ts';
import { continuePageName } from '#src/start/continue-address.ts';

const parameter = 'page';
/** A question opened by "Change" on check answers: ?change=<step> rather than ?page=<step>. */
const changeParameter = 'change';
/** The question the crisis page leads to: ?page=support&then=<step>. */
const thenParameter = 'then';
const fixedPages = { checkAnswers: 'check-answers', safety: 'support', summary: 'summary' } as const;

/**
 * The address of a page. Pages are a query parameter, not a path, so that any static host can
 * serve every page from index.html without rewrite rules; other parameters (such as ?lng=) stay.
 */
export function addressOf(page: Page, current: URL): string {
  const url = new URL(current.href);
  url.hash = '';
  for (const name of [parameter, changeParameter, thenParameter]) url.searchParams.delete(name);
  if (page.kind === 'step') url.searchParams.set(page.changing ? changeParameter : parameter, page.stepId);
  else if (page.kind !== 'start') url.searchParams.set(parameter, fixedPages[page.kind]);
  if (page.kind === 'safety' && page.stepId) url.searchParams.set(thenParameter, page.stepId);
  return `${url.pathname}${url.search}`;
}

/** The page an address asks for, or undefined when it names none (the start page) or an unknown one. */
export function pageAt(url: URL): Page | undefined {
  const changed = url.searchParams.get(changeParameter);
  if (changed !== null && isStepId(changed)) return { kind: 'step', stepId: changed, changing: true };
  const name = url.searchParams.get(parameter);
  if (name === null) return { kind: 'start' };
  if (isStepId(name)) return { kind: 'step', stepId: name };
  // Asking for "Check your answers" opens it when every question is answered, else the first unanswered page.
  if (name === continuePageName) return { kind: 'checkAnswers' };
  const fixed = Object.entries(fixedPages).find(([, value]) => value === name)?.[0];
  const then = url.searchParams.get(thenParameter);
  return fixed ? ({ kind: fixed, ...(then !== null && isStepId(then) && { stepId: then }) } as Page) : undefined;
}
