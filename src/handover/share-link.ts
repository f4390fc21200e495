import * as z from 'zod/mini';
import { answersSchema, type Answers } from '#src/questionnaire/fields.ts';
import { isComplete, withoutHiddenAnswers } from '#src/questionnaire/flow.ts';
import { referenceCode } from '#src/summary/reference-code.ts';
import { fromBase64Url, toBase64Url } from './base64url.ts';
import { hasPassed } from '#src/fhir/completion-day.ts';
import { isShareFragment, shareFragmentKey } from './received-address.ts';
import { packAnswers, questionnaireFingerprint, unpackAnswers } from './packed-answers.ts';

/**
 * A share link carries a finished summary's answers in the URL fragment, which browsers never
 * send to a server: `#share=<version>.<length>.<data>`. The data is a JSON payload
 * `[completedOn, reference, questionnaire fingerprint, packed answers]` compressed with zlib
 * (`deflate`), whose checksum catches any damaged byte; the length tells a cut-off link from a
 * damaged one. Raise the version, and keep reading the old one, if the payload changes.
 */
export const shareLinkVersion = 1;

/** Far above any real link (the longest persona's is under 500 characters), to refuse absurd input early. */
const maxDataLength = 20_000;
const maxPayloadBytes = 200_000;

export interface SharedSummary {
  answers: Answers;
  /** The day the summary was made (YYYY-MM-DD), shown beside the reference code. */
  completedOn: string;
}

export type ShareLinkProblem = 'truncated' | 'damaged' | 'newerVersion' | 'otherQuestionnaire';

export type ShareLinkReading = { ok: true; shared: SharedSummary } | { ok: false; problem: ShareLinkProblem };

/** The reference code printed on the summary travels too: it must match the answers it came with. */
const payloadSchema = z.tuple([z.iso.date(), z.string(), z.string(), z.array(z.unknown())]);

/** The fragment (without `#`) that carries this summary. */
export async function shareFragment(shared: SharedSummary): Promise<string> {
  const answers = withoutHiddenAnswers(shared.answers);
  const payload = [shared.completedOn, referenceCode(answers), questionnaireFingerprint, packAnswers(answers)];
  const data = toBase64Url(await transform(new TextEncoder().encode(JSON.stringify(payload)), new CompressionStream('deflate')));
  return `share=${shareLinkVersion}.${data.length}.${data}`;
}

/** Reads a share fragment back. Never throws: a cut, damaged or altered link is a problem to show. */
export async function readShareFragment(hash: string): Promise<ShareLinkReading> {
  // Numbers as the app writes them: a leading zero added to either is damage too.
  const parts = /^share=(0|[1-9]\d{0,5})\.(0|[1-9]\d{0,5})\.([\s\S]*)$/.exec(hash.replace(shareFragmentKey, 'share='));
  if (!parts) return isShareFragment(hash) ? { ok: false, problem: 'truncated' } : { ok: false, problem: 'damaged' };
  const [, version, length, data = ''] = parts;
  if (Number(version) > shareLinkVersion) return { ok: false, problem: 'newerVersion' };
  if (Number(version) !== shareLinkVersion) return { ok: false, problem: 'damaged' };
  if (data.length < Number(length)) return { ok: false, problem: 'truncated' };
  if (data.length > Number(length) || data.length > maxDataLength) return { ok: false, problem: 'damaged' };
  const bytes = fromBase64Url(data);
  if (!bytes) return { ok: false, problem: 'damaged' };
  try {
    const json = new TextDecoder('utf-8', { fatal: true }).decode(await transform(bytes, new DecompressionStream('deflate'), maxPayloadBytes));
    const payload = payloadSchema.safeParse(JSON.parse(json));
    if (!payload.success) return { ok: false, problem: 'damaged' };
    const [completedOn, reference, fingerprint, packed] = payload.data;
    if (fingerprint !== questionnaireFingerprint) return { ok: false, problem: 'otherQuestionnaire' };
    // The reference code does not cover the day: one still to come was put in by hand.
    if (!hasPassed(completedOn)) return { ok: false, problem: 'damaged' };
    const answers = answersSchema.safeParse(unpackAnswers(packed));
    if (!answers.success || reference !== referenceCode(answers.data)) return { ok: false, problem: 'damaged' };
    // Answers to questions that do not apply cannot come from the app: the link was altered.
    if (Object.keys(withoutHiddenAnswers(answers.data)).length !== Object.keys(answers.data).length) return { ok: false, problem: 'damaged' };
    // Nor can a question that applies be left unanswered: links are made from the summary.
    if (!isComplete(answers.data)) return { ok: false, problem: 'damaged' };
    return { ok: true, shared: { answers: answers.data, completedOn } };
  } catch {
    return { ok: false, problem: 'damaged' };
  }
}

/** Runs bytes through a compression stream, refusing output longer than `limit` (a decompression bomb). */
async function transform(bytes: Uint8Array, stream: CompressionStream | DecompressionStream, limit = Infinity): Promise<Uint8Array> {
  const writer = stream.writable.getWriter();
  // Errors surface through the reader below; a rejected write must not go unhandled as well.
  writer.write(bytes as Uint8Array<ArrayBuffer>).catch(() => undefined);
  writer.close().catch(() => undefined);
  const chunks: Uint8Array[] = [];
  let total = 0;
  const reader = stream.readable.getReader();
  for (;;) {
    const { done, value } = await reader.read();
    if (done) break;
    total += value.length;
    if (total > limit) {
      await reader.cancel();
      throw new RangeError('payload too large');
    }
    chunks.push(value);
  }
  const result = new Uint8Array(total);
  let offset = 0;
  for (const chunk of chunks) {
    result.set(chunk, offset);
    offset += chunk.length;
  }
  return result;
}
