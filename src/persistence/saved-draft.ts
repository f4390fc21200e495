import * as z from 'zod/mini';
import type { Answers } from '#src/questionnaire/fields.ts';
import { isStepId, type StepId } from '#src/questionnaire/steps.ts';
import type { Page } from '#src/machine/page.ts';
import { cleanAnswers } from './clean-answers.ts';

/** The current format of a saved draft. Raise it, and add a migration below, whenever the shape changes. */
export const draftVersion = 2;

export interface Draft {
  version: typeof draftVersion;
  /** Names this draft across tabs, so two tabs on the same draft can notice each other. */
  draftId: string;
  savedAt: string;
  /** Set only when the person chose to keep their answers on this device, until this time. */
  keepUntil?: string;
  answers: Answers;
  page: Page;
  /** The question the person is on or will return to (after the crisis page, the next question). */
  stepId?: StepId;
}

const pageSchema = z.union([
  z.object({ kind: z.enum(['start', 'checkAnswers', 'safety', 'summary']) }),
  z.object({ kind: z.literal('step'), stepId: z.string().check(z.refine(isStepId)) }),
]) as unknown as z.ZodMiniType<Page>;

/** A time the app wrote with toISOString(); any text the browser reads as a time will do to show and compare it. */
const time = z.string().check(z.refine((text) => !Number.isNaN(Date.parse(text))));

const draftSchema = z.object({
  version: z.literal(draftVersion),
  draftId: z.string().check(z.minLength(1), z.maxLength(64)),
  savedAt: time,
  keepUntil: z.optional(time),
  answers: z.record(z.string(), z.unknown()),
  page: z.catch(pageSchema, { kind: 'start' }),
  stepId: z.catch(z.optional(z.string().check(z.refine(isStepId))), undefined),
}) as unknown as z.ZodMiniType<Omit<Draft, 'answers'> & { answers: Record<string, unknown> }>;

/** Version 1 kept only the answers and the page id ({ version, answers, currentStepId }). */
const draftV1Schema = z.object({
  version: z.literal(1),
  answers: z.record(z.string(), z.unknown()),
  currentStepId: z.optional(z.string()),
});

/** Each migration turns a draft of one version into the next. */
const migrations: Record<number, (old: unknown, now: Date) => unknown> = {
  1: (old, now) => {
    const v1 = draftV1Schema.parse(old);
    const stepId = v1.currentStepId;
    return {
      version: 2,
      draftId: newDraftId(),
      savedAt: now.toISOString(),
      answers: v1.answers,
      page: stepId && isStepId(stepId) ? { kind: 'step', stepId } : { kind: 'start' },
    };
  },
};

export type ReadDraft =
  | { kind: 'none' }
  | { kind: 'restored'; draft: Draft; notice?: 'someAnswersRemoved' }
  | { kind: 'setAside'; reason: 'unreadable' | 'expired' | 'fromNewerVersion' };

/** Reads a saved draft from its stored text: migrated, validated, cleaned, or set aside. Never throws. */
export function readDraft(text: string | null, now: Date): ReadDraft {
  if (text === null) return { kind: 'none' };
  try {
    let value: unknown = JSON.parse(text);
    let version = z.object({ version: z.int() }).parse(value).version;
    if (version > draftVersion) return { kind: 'setAside', reason: 'fromNewerVersion' };
    for (; version < draftVersion; version++) {
      const migrate = migrations[version];
      if (!migrate) return { kind: 'setAside', reason: 'unreadable' };
      value = migrate(value, now);
    }
    const stored = draftSchema.parse(value);
    if (stored.keepUntil && Date.parse(stored.keepUntil) <= now.getTime()) return { kind: 'setAside', reason: 'expired' };
    const { answers, dropped } = cleanAnswers(stored.answers);
    const draft: Draft = { ...stored, answers };
    return dropped > 0 ? { kind: 'restored', draft, notice: 'someAnswersRemoved' } : { kind: 'restored', draft };
  } catch {
    return { kind: 'setAside', reason: 'unreadable' };
  }
}

/** A random id for a new draft. */
export function newDraftId(): string {
  return globalThis.crypto.randomUUID();
}
