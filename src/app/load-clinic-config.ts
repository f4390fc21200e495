import { readClinicConfig, type ClinicConfig, type ConfigProblem } from '#src/clinic/clinic-config.ts';
import { locales } from '#src/i18n/locales.ts';

/** Fetches clinic.json from beside index.html (same origin) and checks it. */
export async function loadClinicConfig(base: string): Promise<{ config: ClinicConfig } | { problems: ConfigProblem[] }> {
  try {
    const response = await fetch(new URL('clinic.json', base), { cache: 'no-cache' });
    if (!response.ok) return { problems: [{ field: 'clinic.json', problem: 'missingFile' }] };
    return readClinicConfig(await response.text(), locales.map((locale) => locale.code));
  } catch {
    return { problems: [{ field: 'clinic.json', problem: 'missingFile' }] };
  }
}
