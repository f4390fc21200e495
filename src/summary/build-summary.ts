import { scoreAuditC, type AuditCResult } from '#src/instruments/audit-c.ts';
import { scorePhq9, type Phq9Result } from '#src/instruments/phq9.ts';
import { scoreTaps1, type Taps1Item } from '#src/instruments/taps1.ts';
import { fieldSignalsCrisis, withoutHiddenAnswers } from '#src/questionnaire/flow.ts';
import { fieldIds, type Answers, type FieldId } from '#src/questionnaire/fields.ts';
import type { TreatmentTrial } from '#src/questionnaire/treatment-trial.ts';
import type { SectionId } from '#src/questionnaire/steps.ts';
import { answerRowsBySection, type AnswerRow } from './answer-rows.ts';
import { defaultPolicy, discussionRules, type ClinicPolicy, type Importance } from './discussion-rules.ts';
import { countAdequateTrialsWithoutEnoughImprovement } from './treatment-trials.ts';

export interface DiscussionPoint {
  ruleId: string;
  importance: Importance;
  clinicalSource: string;
  fieldIds: FieldId[];
  /** The answers as the point shows them. */
  answers: Answers;
}

export interface Summary {
  /** The answers that brought up the crisis support page; empty when it was not shown. */
  crisisFieldIds: FieldId[];
  points: DiscussionPoint[];
  phq9: Phq9Result | undefined;
  auditC: AuditCResult | undefined;
  taps1Positive: Taps1Item[] | undefined;
  trials: TreatmentTrial[];
  adequateTrialsWithoutEnoughImprovement: number;
  sections: { section: SectionId; rows: AnswerRow[] }[];
  /** The answers the summary was built from: only questions that applied. */
  answers: Answers;
  /** The clinic's settings the points were raised with (the minimum age appears in a point's wording). */
  policy: ClinicPolicy;
}

/** The clinician summary: a pure function of the answers, ignoring any answer to a question that does not apply. */
export function buildSummary(given: Answers, policy: ClinicPolicy = defaultPolicy): Summary {
  const answers = withoutHiddenAnswers(given);
  const sections = answerRowsBySection(answers);
  const points = discussionRules
    .map((rule) => ({
      ruleId: rule.id,
      importance: rule.importance,
      clinicalSource: rule.clinicalSource,
      fieldIds: rule.raisedBy(answers, policy),
      answers: rule.answersShown?.(answers) ?? answers,
    }))
    .filter((point) => point.fieldIds.length > 0)
    .sort((a, b) => Number(a.importance !== 'important') - Number(b.importance !== 'important'));
  const trials = answers.antidepressantTrials ?? [];
  return {
    crisisFieldIds: fieldIds.filter((id) => fieldSignalsCrisis(id, answers)),
    points,
    phq9: scorePhq9(answers),
    auditC: scoreAuditC(answers),
    taps1Positive: scoreTaps1(answers)?.positive,
    trials,
    adequateTrialsWithoutEnoughImprovement: countAdequateTrialsWithoutEnoughImprovement(trials),
    sections,
    answers,
    policy,
  };
}
