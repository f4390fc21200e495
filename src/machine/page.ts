import type { StepId } from '#src/questionnaire/steps.ts';

/** `changing`: opened by "Change" on check answers, to which its Continue returns. */
export type StepPage = { kind: 'step'; stepId: StepId; changing?: boolean };

/** Where the crisis page leads: the page that was to come when an answer brought it up. */
export type PageAfterSafety = StepPage | { kind: 'checkAnswers' };

/** A page a person can be on; the browser's address names one of these. */
export type Page =
  | { kind: 'start' }
  | StepPage
  | { kind: 'checkAnswers' }
  /** `then`: the page its Continue leads to; without it, the first unanswered page or check answers. */
  | { kind: 'safety'; then?: PageAfterSafety }
  | { kind: 'summary' };

interface PhaseSnapshot {
  matches: (value: 'start' | 'safety' | 'summary') => boolean;
  hasTag: (tag: 'questionPage' | 'changing') => boolean;
  context: { currentStepId: StepId; afterSafety?: PageAfterSafety };
}

/** The page the machine's current state shows. */
export function currentPage(snapshot: PhaseSnapshot): Page {
  if (snapshot.matches('start')) return { kind: 'start' };
  if (snapshot.matches('safety')) return { kind: 'safety', then: snapshot.context.afterSafety };
  if (snapshot.matches('summary')) return { kind: 'summary' };
  if (snapshot.hasTag('questionPage')) return { kind: 'step', stepId: snapshot.context.currentStepId, ...(snapshot.hasTag('changing') && { changing: true }) };
  return { kind: 'checkAnswers' };
}

/** A name for the page, the same for the same page. */
export function pageKey(page: Page): string {
  if (page.kind === 'step') return `${page.changing ? 'change' : 'step'}/${page.stepId}`;
  // Two crisis pages that lead to different pages are different pages, with different addresses.
  return page.kind === 'safety' && page.then ? `safety/${pageKey(page.then)}` : page.kind;
}

/** Whether two pages are the same page. */
export function isSamePage(a: Page, b: Page): boolean {
  return pageKey(a) === pageKey(b);
}
