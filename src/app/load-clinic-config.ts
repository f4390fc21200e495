import { readClinicConfig, type ClinicConfig, type ConfigProblem } from '#src/clinic/clinic-config.ts';
import { fetchClinicJson } from '#src/clinic/fetch-clinic-json.ts';
import { locales } from '#src/i18n/locales.ts';

/** Fetches clinic.json from beside index.html (same origin) and checks it. */
export async function loadClinicConfig(base: string): Promise<{ config: ClinicConfig } | { problems: ConfigProblem[] }> {
  const clinicJson = await fetchClinicJson(base);
  if (clinicJson === undefined) return { problems: [{ field: 'clinic.json', problem: 'missingFile' }] };
  return readClinicConfig(clinicJson, locales.map((locale) => locale.code));
}
