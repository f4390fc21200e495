import type { StepId } from '#src/questionnaire/steps.ts';

/** A page a person can be on; the browser's address names one of these. */
export type Page =
  | { kind: 'start' }
  /** `changing`: opened by "Change" on check answers, to which its Continue returns. */
  | { kind: 'step'; stepId: StepId; changing?: boolean }
  | { kind: 'checkAnswers' }
  /** `stepId`: the question its Continue leads to, in order (the one after the answer that brought it up). */
  | { kind: 'safety'; stepId?: StepId }
  | { kind: 'summary' };

interface PhaseSnapshot {
  matches: (value: 'start' | 'safety' | 'summary') => boolean;
  hasTag: (tag: 'questionPage' | 'changing') => boolean;
  context: { currentStepId: StepId; changedFieldId?: string };
}

/** The page the machine's current state shows. */
export function currentPage(snapshot: PhaseSnapshot): Page {
  if (snapshot.matches('start')) return { kind: 'start' };
  // During a change the crisis page leads back towards check answers, which the address cannot yet say.
  if (snapshot.matches('safety')) return { kind: 'safety', ...(!snapshot.context.changedFieldId && { stepId: snapshot.context.currentStepId }) };
  if (snapshot.matches('summary')) return { kind: 'summary' };
  if (snapshot.hasTag('questionPage')) return { kind: 'step', stepId: snapshot.context.currentStepId, ...(snapshot.hasTag('changing') && { changing: true }) };
  return { kind: 'checkAnswers' };
}

/** A name for the page, the same for the same page. */
export function pageKey(page: Page): string {
  if (page.kind === 'step') return `${page.changing ? 'change' : 'step'}/${page.stepId}`;
  // Two crisis pages lead to different questions: they are different pages, with different addresses.
  return page.kind === 'safety' && page.stepId ? `safety/${page.stepId}` : page.kind;
}

/** Whether two pages are the same page. */
export function isSamePage(a: Page, b: Page): boolean {
  return pageKey(a) === pageKey(b);
}
