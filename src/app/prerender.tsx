import { renderToString } from 'react-dom/server';
import { I18nextProvider } from 'react-i18next';
import type { ConfigProblem } from '#src/clinic/clinic-config.ts';
import { ClinicContext } from '#src/clinic/clinic-context.ts';
import { createI18n, defaultLanguage } from '#src/i18n/i18n.ts';
import { FirstPaint } from './first-paint.tsx';
import { checkClinicJson } from './load-clinic-config.ts';

export { clinicFingerprint } from '#src/clinic/clinic-fingerprint.ts';

/**
 * The start page as HTML, in the default language with the clinic.json present at build time, so
 * it paints before any script runs. The app then renders the same page over it (with the clinic's
 * current clinic.json and the person's language) when they use it. An invalid clinic.json prerenders nothing.
 */
export async function prerenderStartPage(clinicJson: string): Promise<{ html: string; problems: readonly ConfigProblem[] }> {
  const clinic = await checkClinicJson(clinicJson);
  if (!('config' in clinic)) return { html: '', problems: clinic.problems };
  const html = renderToString(
    <ClinicContext.Provider value={clinic.config}>
      <I18nextProvider i18n={createI18n(defaultLanguage)}>
        <FirstPaint url={new URL('http://localhost/')} resuming={false} />
      </I18nextProvider>
    </ClinicContext.Provider>,
  );
  return { html, problems: [] };
}
