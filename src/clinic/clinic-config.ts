// zod/mini: the same checks as zod, in a fraction of the size, for code in the first load.
import * as z from 'zod/mini';
import { regions } from '#src/safety/regions.ts';

export const treatmentsOffered = ['intravenous', 'intramuscular', 'esketamineNasalSpray'] as const;

/**
 * public/clinic.json: what a clinic sets without rebuilding the app. Checked with zod at start-up;
 * a deployer who gets a field wrong sees a page naming the field and the problem.
 */
export function clinicConfigSchema(languages: readonly string[], offeredLanguages: readonly string[] = languages) {
  const language = z.string().check(
    z.refine((code) => languages.includes(code), { error: 'unknownLanguage', abort: true }),
    z.refine((code) => offeredLanguages.includes(code), { error: 'unfinishedLanguage' }),
  );
  return z
    .strictObject({
      name: z.string().check(z.trim(), z.minLength(1), z.maxLength(120)),
      phone: z.optional(z.string().check(z.regex(/^\+?[0-9 ()-]{3,25}$/, { error: 'invalidPhone' }))),
      email: z.optional(z.email({ error: 'invalidEmail' })),
      address: z.optional(z.string().check(z.trim(), z.maxLength(300))),
      region: z.enum(regions, { error: 'unknownRegion' }),
      defaultLanguage: language,
      enabledLanguages: z.array(language).check(z.minLength(1)),
      minimumAge: z.int().check(z.minimum(0), z.maximum(120)),
      treatments: z.array(z.enum(treatmentsOffered)).check(z.minLength(1)),
      sharing: z.boolean(),
      draftExpiryDays: z.int().check(z.minimum(1), z.maximum(90)),
      quickExitUrl: z.url({ protocol: /^https?$/, error: 'invalidUrl' }),
    })
    .check(
      z.refine((config) => config.enabledLanguages.includes(config.defaultLanguage), {
        error: 'defaultLanguageNotEnabled',
        path: ['defaultLanguage'],
      }),
    );
}

export type ClinicConfig = z.output<ReturnType<typeof clinicConfigSchema>>;

export interface ConfigProblem {
  /** The field, as written in clinic.json ("region", "enabledLanguages.1"). */
  field: string;
  /** A locale key under clinicConfig:problems. */
  problem: string;
  /** What was expected, when zod says (a type, a limit). */
  expected?: string;
}

/**
 * Reads clinic.json's text: the configuration, or every problem in it. `languages` are the locale
 * folders; of them, `offeredLanguages` are ready to offer (status "draft" or "complete").
 */
export async function readClinicConfig(
  text: string,
  languages: readonly string[],
  offeredLanguages: readonly string[] = languages,
): Promise<{ config: ClinicConfig } | { problems: ConfigProblem[] }> {
  let value: unknown;
  try {
    value = JSON.parse(text);
  } catch (error) {
    // The parser's own words say where: "Unexpected token } in JSON at position 212".
    return { problems: [{ field: 'clinic.json', problem: 'notJson', expected: error instanceof Error ? error.message : String(error) }] };
  }
  const result = clinicConfigSchema(languages, offeredLanguages).safeParse(value, { reportInput: true });
  if (result.success) return { config: result.data };
  // What is wrong, in words a deployer can act on: code that only a broken clinic.json needs.
  const { problemsOf } = await import('./config-problems.ts');
  return { problems: problemsOf(result.error.issues) };
}
