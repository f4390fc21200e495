import type { Page } from '#src/machine/page.ts';
import { isStepId } from '#src/questionnaire/steps.ts';
import { continuePageName } from '#src/start/continue-address.ts';

const parameter = 'page';
const fixedPages = { checkAnswers: 'check-answers', safety: 'support', summary: 'summary' } as const;

/**
 * The address of a page. Pages are a query parameter, not a path, so that any static host can
 * serve every page from index.html without rewrite rules; other parameters (such as ?lng=) stay.
 */
export function addressOf(page: Page, current: URL): string {
  const url = new URL(current.href);
  url.hash = '';
  if (page.kind === 'start') url.searchParams.delete(parameter);
  else url.searchParams.set(parameter, page.kind === 'step' ? page.stepId : fixedPages[page.kind]);
  return `${url.pathname}${url.search}`;
}

/** The page an address asks for, or undefined when it names none (the start page) or an unknown one. */
export function pageAt(url: URL): Page | undefined {
  const name = url.searchParams.get(parameter);
  if (name === null) return { kind: 'start' };
  if (isStepId(name)) return { kind: 'step', stepId: name };
  // Asking for "Check your answers" opens it when every question is answered, else the first unanswered page.
  if (name === continuePageName) return { kind: 'checkAnswers' };
  const fixed = Object.entries(fixedPages).find(([, value]) => value === name)?.[0];
  return fixed ? ({ kind: fixed } as Page) : undefined;
}
