import { scoreAuditC } from '#src/instruments/audit-c.ts';
import { scorePhq9 } from '#src/instruments/phq9.ts';
import { phq9ItemIds, type Answers, type FieldId } from '#src/questionnaire/fields.ts';
import { loincSystem } from './fhir-uris.ts';
import type { Coding } from './fhir-types.ts';

export interface Total {
  linkId: string;
  /** The item after which the total is listed: the instrument's last scored item, as on the paper forms. */
  after: FieldId;
  /**
   * The LOINC code of the total. Its display is also the item's text: a terminology name, never
   * shown by the app, so it is not copy for `locales/`.
   */
  code: Coding & { display: string };
  score: (answers: Answers) => number | undefined;
}

/**
 * Read-only calculated items. The app computes them with the instruments' own scorers; they are
 * not expressed as FHIRPath (`calculatedExpression`), which would restate the scoring rules.
 */
export const totals: readonly Total[] = [
  {
    linkId: 'phq9Total',
    after: phq9ItemIds[8],
    code: { system: loincSystem, code: '44261-6', display: 'Patient Health Questionnaire 9 item (PHQ-9) total score [Reported]' },
    score: (answers) => scorePhq9(answers)?.total,
  },
  {
    linkId: 'auditCTotal',
    after: 'auditSixOrMore',
    code: { system: loincSystem, code: '75626-2', display: 'Total score [AUDIT-C]' },
    score: (answers) => scoreAuditC(answers)?.total,
  },
];
