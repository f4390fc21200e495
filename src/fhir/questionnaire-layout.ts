import type { FieldId } from '#src/questionnaire/fields.ts';
import { sections, steps, type SectionId, type StepId } from '#src/questionnaire/steps.ts';
import { totals, type Total } from './totals.ts';

export type LayoutEntry =
  /** A page asking several questions: its title is their shared stem ("Over the last 2 weeks, how often…"). */
  | { kind: 'stepTitle'; linkId: string; stepId: StepId }
  | { kind: 'field'; id: FieldId }
  | { kind: 'total'; total: Total };

export interface SectionLayout {
  section: SectionId;
  linkId: string;
  entries: LayoutEntry[];
}

/**
 * The order both resources follow: one group per section, its pages' questions in page order, and
 * each total after its instrument's last item. The Questionnaire and every response walk this one
 * list, so their items always nest and sort alike.
 */
export const questionnaireLayout: readonly SectionLayout[] = sections.map((section) => ({
  section,
  linkId: `section.${section}`,
  entries: steps
    .filter((step) => step.section === section)
    .flatMap((step): LayoutEntry[] => [
      ...(step.fields.length > 1 ? [{ kind: 'stepTitle' as const, linkId: `step.${step.id}`, stepId: step.id }] : []),
      ...step.fields.flatMap((id): LayoutEntry[] => [
        { kind: 'field', id },
        ...totals.filter((total) => total.after === id).map((total) => ({ kind: 'total' as const, total })),
      ]),
    ]),
}));
