import type { StepId } from '#src/questionnaire/steps.ts';

/** A page a person can be on; the browser's address names one of these. */
export type Page =
  | { kind: 'start' }
  | { kind: 'step'; stepId: StepId }
  | { kind: 'checkAnswers' }
  | { kind: 'safety' }
  | { kind: 'summary' };

interface PhaseSnapshot {
  matches: (value: 'start' | 'safety' | 'summary') => boolean;
  hasTag: (tag: 'questionPage') => boolean;
  context: { currentStepId: StepId };
}

/** The page the machine's current state shows. */
export function currentPage(snapshot: PhaseSnapshot): Page {
  if (snapshot.matches('start')) return { kind: 'start' };
  if (snapshot.matches('safety')) return { kind: 'safety' };
  if (snapshot.matches('summary')) return { kind: 'summary' };
  if (snapshot.hasTag('questionPage')) return { kind: 'step', stepId: snapshot.context.currentStepId };
  return { kind: 'checkAnswers' };
}

/** A name for the page, the same for the same page. */
export function pageKey(page: Page): string {
  return page.kind === 'step' ? `step/${page.stepId}` : page.kind;
}

/** Whether two pages are the same page. */
export function isSamePage(a: Page, b: Page): boolean {
  return pageKey(a) === pageKey(b);
}
