import { z } from 'zod';
import { regions } from '#src/safety/crisis-lines.ts';

export const treatmentsOffered = ['intravenous', 'intramuscular', 'esketamineNasalSpray'] as const;

/**
 * public/clinic.json: what a clinic sets without rebuilding the app. Checked with zod at start-up;
 * a deployer who gets a field wrong sees a page naming the field and the problem.
 */
export function clinicConfigSchema(languages: readonly string[]) {
  const language = z.string().refine((code) => languages.includes(code), { error: 'unknownLanguage' });
  return z
    .object({
      name: z.string().trim().min(1).max(120),
      phone: z.string().regex(/^\+?[0-9 ()-]{3,25}$/, { error: 'invalidPhone' }).optional(),
      email: z.email({ error: 'invalidEmail' }).optional(),
      address: z.string().trim().max(300).optional(),
      region: z.enum(regions, { error: 'unknownRegion' }),
      defaultLanguage: language,
      enabledLanguages: z.array(language).min(1),
      minimumAge: z.int().min(0).max(120),
      treatments: z.array(z.enum(treatmentsOffered)).min(1),
      sharing: z.boolean(),
      draftExpiryDays: z.int().min(1).max(90),
      quickExitUrl: z.url({ protocol: /^https?$/, error: 'invalidUrl' }),
    })
    .strict()
    .refine((config) => config.enabledLanguages.includes(config.defaultLanguage), {
      error: 'defaultLanguageNotEnabled',
      path: ['defaultLanguage'],
    });
}

export type ClinicConfig = z.output<ReturnType<typeof clinicConfigSchema>>;

export interface ConfigProblem {
  /** The field, as written in clinic.json ("region", "enabledLanguages.1"). */
  field: string;
  /** A locale key under common:clinicConfig.problems. */
  problem: string;
  /** What was expected, when zod says (a type, a limit). */
  expected?: string;
}

const known = new Set(['unknownLanguage', 'invalidPhone', 'invalidEmail', 'unknownRegion', 'invalidUrl', 'defaultLanguageNotEnabled']);

/** Reads clinic.json's text: the configuration, or every problem in it. */
export function readClinicConfig(text: string, languages: readonly string[]): { config: ClinicConfig } | { problems: ConfigProblem[] } {
  let value: unknown;
  try {
    value = JSON.parse(text);
  } catch {
    return { problems: [{ field: 'clinic.json', problem: 'notJson' }] };
  }
  const result = clinicConfigSchema(languages).safeParse(value, { reportInput: true });
  if (result.success) return { config: result.data };
  return {
    problems: result.error.issues.map((issue) => {
      const field = issue.path.join('.') || 'clinic.json';
      if (known.has(issue.message)) return { field, problem: issue.message };
      if (issue.code === 'unrecognized_keys') return { field: issue.keys.join(', '), problem: 'unknownField' };
      if (issue.code === 'invalid_type') {
        return issue.input === undefined ? { field, problem: 'missing' } : { field, problem: 'wrongType', expected: issue.expected };
      }
      if (issue.code === 'too_small' || issue.code === 'too_big') {
        return { field, problem: issue.code === 'too_small' ? 'tooSmall' : 'tooBig', expected: String(issue.code === 'too_small' ? issue.minimum : issue.maximum) };
      }
      if (issue.code === 'invalid_value') return { field, problem: 'notAllowed', expected: issue.values.join(', ') };
      return { field, problem: 'invalid' };
    }),
  };
}
