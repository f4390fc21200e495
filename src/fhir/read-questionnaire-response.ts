import * as z from 'zod/mini';
import { answersSchema, fields, type Answers, type FieldId } from '#src/questionnaire/fields.ts';
import { visibleSteps, withoutHiddenAnswers } from '#src/questionnaire/flow.ts';
import type { FieldSpec } from '#src/questionnaire/question-kinds.ts';
import { hasPassed } from './completion-day.ts';
import { optionSystem, questionnaireUrl } from './fhir-uris.ts';
import { questionnaireVersion } from './questionnaire-version.ts';
import { questionnaireResponseStatuses, type QuestionnaireResponseStatus } from './fhir-types.ts';
import { fieldOptionSet, type OptionSet } from './option-codings.ts';
import { questionnaireLayout } from './questionnaire-layout.ts';
import { trialPartLinkId, trialPartNames, trialParts } from './trial-parts.ts';

/**
 * Why a file could not be read; the page shows `received:openFile.problems.<problem>`.
 * - `notJson`: the text is not JSON.
 * - `notAQuestionnaireResponse`: JSON, but not a FHIR QuestionnaireResponse (wrong resourceType, status or authored).
 * - `otherQuestionnaire`: a QuestionnaireResponse to another questionnaire, or to none.
 * - `otherVersion`: ours, made by another version of it, and its answers do not all read as this version's.
 * - `invalidAnswers`: ours, but an item is unknown, misplaced or repeated, or an answer fails its field's schema.
 * - `badDate`: ours, but it does not say on which day it was completed, or says a day still to come. The
 *   app always writes the day; a summary shown with a day made up would be a wrong record.
 */
export type QuestionnaireResponseProblem = 'notJson' | 'notAQuestionnaireResponse' | 'otherQuestionnaire' | 'otherVersion' | 'invalidAnswers' | 'badDate';

export type QuestionnaireResponseReading =
  | { ok: true; answers: Answers; authored: string; status: QuestionnaireResponseStatus; fromOtherVersion: boolean }
  | { ok: false; problem: QuestionnaireResponseProblem };

/** FHIR R4's dateTime (https://hl7.org/fhir/R4/datatypes.html#dateTime). */
const fhirDateTime =
  /^([0-9]([0-9]([0-9][1-9]|[1-9]0)|[1-9]00)|[1-9]000)(-(0[1-9]|1[0-2])(-(0[1-9]|[1-2][0-9]|3[0-1])(T([01][0-9]|2[0-3]):[0-5][0-9]:([0-5][0-9]|60)(\.[0-9]+)?(Z|(\+|-)((0[0-9]|1[0-3]):[0-5][0-9]|14:00)))?)?)?$/;

const envelopeSchema = z.object({
  resourceType: z.literal('QuestionnaireResponse'),
  status: z.enum(questionnaireResponseStatuses),
  questionnaire: z.optional(z.string()),
  authored: z.optional(z.string().check(z.regex(fhirDateTime), z.refine((value) => !Number.isNaN(Date.parse(value))))),
});

// Fixed depth (section, question, trial entry) rather than a recursive schema: however deep a hostile
// file nests its items, nothing below the third level is ever visited.
const answerSchema = z.object({
  valueCoding: z.optional(z.object({ system: z.string(), code: z.string() })),
  valueInteger: z.optional(z.number()),
  valueDate: z.optional(z.string()),
  valueString: z.optional(z.string()),
});
const leafSchema = z.object({ linkId: z.string(), answer: z.optional(z.array(answerSchema)) });
const questionSchema = z.extend(leafSchema, { item: z.optional(z.array(leafSchema)) });
const groupSchema = z.object({ linkId: z.string(), item: z.optional(z.array(questionSchema)) });
const bodySchema = z.object({ item: z.optional(z.array(groupSchema)) });

type ReadAnswer = z.output<typeof answerSchema>;
type ReadQuestion = z.output<typeof questionSchema>;
type ReadGroup = z.output<typeof groupSchema>;
type Decoded = { value: unknown } | undefined;

/** Where each question and total belongs: linkId to its section group's linkId. */
const groupOf = new Map<string, string>(
  questionnaireLayout.flatMap(({ linkId, entries }) =>
    entries.flatMap((entry) => (entry.kind === 'field' ? [[entry.id, linkId] as const] : entry.kind === 'total' ? [[entry.total.linkId, linkId] as const] : [])),
  ),
);
const sectionLinkIds = new Set(questionnaireLayout.map(({ linkId }) => linkId));
const isFieldId = (id: string): id is FieldId => Object.hasOwn(fields, id);

/**
 * Reads a QuestionnaireResponse (its JSON text, or the parsed value) back into answers. Never throws:
 * anything that is not a response to our questionnaire with valid answers is a problem to show.
 * Every answer passes its field's schema; answers to questions that no longer apply are dropped, as
 * when a saved draft is read. Totals are ignored and recomputed from the answers by whoever needs them.
 */
export function answersFromQuestionnaireResponse(json: unknown): QuestionnaireResponseReading {
  const parsed = typeof json === 'string' ? parseJson(json) : { value: json };
  if (!parsed) return { ok: false, problem: 'notJson' };
  const envelope = envelopeSchema.safeParse(parsed.value);
  if (!envelope.success) return { ok: false, problem: 'notAQuestionnaireResponse' };
  const { status, questionnaire, authored } = envelope.data;
  const [url, version] = questionnaire?.split('|') ?? [];
  if (url !== questionnaireUrl) return { ok: false, problem: 'otherQuestionnaire' };
  const fromOtherVersion = version !== questionnaireVersion;
  const body = bodySchema.safeParse(parsed.value);
  const raw = body.success ? rawAnswers(body.data.item ?? []) : undefined;
  const checked = raw ? answersSchema.safeParse(raw) : undefined;
  if (!checked?.success) return { ok: false, problem: fromOtherVersion ? 'otherVersion' : 'invalidAnswers' };
  // A whole day at least ("2026-11-22"): FHIR allows a year alone, which would show as 1 January.
  if (authored === undefined || authored.length < 10 || !hasPassed(authored)) return { ok: false, problem: 'badDate' };
  const answers = withBlankOptionalText(withoutHiddenAnswers(checked.data), status);
  return { ok: true, answers, status, authored, fromOtherVersion };
}

function parseJson(text: string): { value: unknown } | undefined {
  try {
    return { value: JSON.parse(text) as unknown };
  } catch {
    return undefined;
  }
}

/** Answers as codes, before the schemas check them; undefined if any item is unknown, misplaced or repeated. */
function rawAnswers(groups: ReadGroup[]): Record<string, unknown> | undefined {
  const raw: Record<string, unknown> = {};
  const seenGroups = new Set<string>();
  for (const group of groups) {
    if (seenGroups.has(group.linkId) || !sectionLinkIds.has(group.linkId)) return undefined;
    seenGroups.add(group.linkId);
    for (const question of group.item ?? []) {
      if (groupOf.get(question.linkId) !== group.linkId) return undefined;
      if (!isFieldId(question.linkId)) continue; // a total: derived, so never trusted
      const id = question.linkId;
      const field: FieldSpec = fields[id];
      if (field.kind === 'trialList') {
        const trial = readTrial(id, question);
        if (!trial) return undefined;
        raw[id] = [...((raw[id] as unknown[] | undefined) ?? []), trial.value];
        continue;
      }
      const decoded = question.item === undefined && !Object.hasOwn(raw, id) ? readAnswer(field, question.answer ?? []) : undefined;
      if (!decoded) return undefined;
      raw[id] = decoded.value;
    }
  }
  return raw;
}

function readAnswer(field: Exclude<FieldSpec, { kind: 'trialList' }>, answers: ReadAnswer[]): Decoded {
  const [only] = answers;
  if (field.kind === 'multiChoice') {
    const codes = answers.map((answer) => codeIn(fieldOptionSet(field), answer));
    return codes.length > 0 && codes.every((code) => code !== undefined) ? { value: codes } : undefined;
  }
  if (answers.length !== 1 || !only) return undefined;
  switch (field.kind) {
    case 'choice':
      return present(codeIn(fieldOptionSet(field), only));
    case 'integer':
      return present(only.valueInteger);
    case 'text':
      return present(only.valueString);
    case 'monthYear': {
      const date = /^(\d{4})-(\d{2})$/.exec(only.valueDate ?? '');
      return date ? { value: { year: Number(date[1]), month: Number(date[2]) } } : undefined;
    }
  }
}

function readTrial(listId: FieldId, entry: ReadQuestion): Decoded {
  if (entry.answer?.length) return undefined;
  const trial: Record<string, unknown> = {};
  for (const partItem of entry.item ?? []) {
    const part = trialPartNames.find((name) => trialPartLinkId(listId, name) === partItem.linkId);
    const [only, ...more] = partItem.answer ?? [];
    if (!part || Object.hasOwn(trial, part) || !only || more.length > 0) return undefined;
    const spec = trialParts[part];
    const decoded = present(
      spec.kind === 'choice' ? codeIn(spec.optionSet, only) : spec.kind === 'integer' ? only.valueInteger : only.valueString,
    );
    if (!decoded) return undefined;
    trial[part] = decoded.value;
  }
  return { value: trial };
}

/** The code of a coding from this option set; whether the code is one of its options is the schema's to say. */
function codeIn(set: OptionSet, answer: ReadAnswer): string | undefined {
  return answer.valueCoding?.system === optionSystem(set.name) ? answer.valueCoding.code : undefined;
}

const present = (value: unknown): Decoded => (value === undefined ? undefined : { value });

/**
 * A response leaves out optional text left blank (FHIR strings cannot be empty); the answers store
 * it as ''. The person saw such a question if the response is complete, or if they answered a later
 * page; only then is it restored, so a draft resumes at the first page not yet seen.
 */
function withBlankOptionalText(answers: Answers, status: QuestionnaireResponseStatus): Answers {
  const visible = visibleSteps(answers);
  const complete = status === 'completed' || status === 'amended';
  const lastAnswered = visible.findLastIndex((step) => step.fields.some((id) => answers[id] !== undefined));
  const filled: Answers = { ...answers };
  visible.forEach((step, index) => {
    if (!complete && index >= lastAnswered) return;
    for (const id of step.fields) {
      const field: FieldSpec = fields[id];
      if (field.kind === 'text' && field.optional && answers[id] === undefined) Object.assign(filled, { [id]: '' });
    }
  });
  return filled;
}
