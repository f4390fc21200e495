import { readClinicConfig, type ClinicConfig, type ConfigProblem } from '#src/clinic/clinic-config.ts';
import { fetchClinicJson } from '#src/clinic/fetch-clinic-json.ts';
import { locales } from '#src/i18n/locales.ts';

type CheckedConfig = { config: ClinicConfig } | { problems: ConfigProblem[] };

/** Checks clinic.json's text against this build's languages: a language must have a folder, and be ready to offer. */
export function checkClinicJson(text: string): Promise<CheckedConfig> {
  const unfinished = locales.filter((locale) => locale.status === 'incomplete').map((locale) => locale.code);
  return readClinicConfig(text, locales.map((locale) => locale.code), unfinished);
}

/** Fetches clinic.json from beside index.html (same origin) and checks it. */
export async function loadClinicConfig(base: string): Promise<CheckedConfig> {
  const clinicJson = await fetchClinicJson(base);
  if (clinicJson === undefined) return { problems: [{ field: 'clinic.json', problem: 'missingFile' }] };
  return checkClinicJson(clinicJson);
}
