import { readClinicConfig, type ClinicConfig, type ConfigProblem } from '#src/clinic/clinic-config.ts';
import { fetchClinicJson } from '#src/clinic/fetch-clinic-json.ts';
import { locales, offeredLocales, type LocaleMeta } from '#src/i18n/locales.ts';

type CheckedConfig = { config: ClinicConfig } | { problems: ConfigProblem[] };

/** Checks clinic.json's text against this build's languages: a language must have a folder, and be ready to offer. */
export function checkClinicJson(text: string): Promise<CheckedConfig> {
  const codes = (some: readonly LocaleMeta[]) => some.map((locale) => locale.code);
  return readClinicConfig(text, codes(locales), codes(offeredLocales));
}

/** Fetches clinic.json from beside index.html (same origin) and checks it. */
export async function loadClinicConfig(base: string): Promise<CheckedConfig> {
  const clinicJson = await fetchClinicJson(base);
  if (clinicJson === undefined) return { problems: [{ field: 'clinic.json', problem: 'missingFile' }] };
  return checkClinicJson(clinicJson);
}
