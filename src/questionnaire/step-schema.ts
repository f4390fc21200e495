import * as z from 'zod/mini';
import { fields } from './fields.ts';
import type { Step } from './steps.ts';

/** The schema of one page's answers: the same field schemas that validate saved answers. */
export function stepSchema(step: Step): z.ZodMiniType<Record<string, unknown>, Record<string, unknown>> {
  return z.object(Object.fromEntries(step.fields.map((id) => [id, fields[id].schema])));
}
