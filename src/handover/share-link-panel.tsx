import { useId, useState } from 'react';
import type { i18n as I18n } from 'i18next';
import { useTranslation } from 'react-i18next';
import { useClinic } from '#src/clinic/clinic-context.ts';
import type { Answers } from '#src/questionnaire/fields.ts';
import { CodeOnPressStatus, useCodeOnPress } from './code-on-press.tsx';
import type { QrMatrix } from './qr-matrix.ts';
import { isoDay } from './received-address.ts';
import { lazyPage } from '#src/ui/lazy-page.tsx';

const madeLink = lazyPage(() => import('./made-link.tsx').then((module) => module.MadeLink));

/**
 * The made link's text (share.json). Fetched anew on every press: i18next does not ask again for a
 * namespace that once failed to arrive, and a press after a moment offline must work.
 */
async function loadShareText(i18n: I18n): Promise<void> {
  await i18n.reloadResources(i18n.language, 'share');
  if (!i18n.hasResourceBundle(i18n.language, 'share')) throw new Error('the text of the link could not be fetched');
}

/**
 * "Share with the clinic": a link that carries the answers in its fragment, and its QR code to
 * scan at the front desk. Made only when asked for, after a warning of what the link holds.
 */
export function ShareLinkPanel({ answers }: { answers: Answers }) {
  const { t, i18n } = useTranslation('summary');
  const clinic = useClinic();
  const id = useId();
  const [made, setMade] = useState<{ link: string; matrix: QrMatrix | undefined }>();
  const [makeLink, makingFailed] = useCodeOnPress(async () => {
    // Compression, the QR encoder, and the made link's view and text load only for people who make a link.
    const [{ shareFragment }, { qrMatrix }] = await Promise.all([import('./share-link.ts'), import('./qr-matrix.ts'), madeLink.preload(), loadShareText(i18n)]);
    const url = new URL(window.location.href);
    url.search = '';
    url.hash = await shareFragment({ answers, completedOn: isoDay(new Date()) });
    setMade({ link: url.href, matrix: qrMatrix(url.href) });
  });
  return (
    <section className="handover__part" aria-labelledby={`${id}-title`}>
      <h3 id={`${id}-title`} className="heading-s">
        {t('share.title')}
      </h3>
      <p className="notice notice--warning">{t('share.warning', { clinic: clinic.name })}</p>
      {made ? (
        <madeLink.Page link={made.link} matrix={made.matrix} />
      ) : (
        <>
          <button type="button" className="button button--secondary" onClick={makeLink}>
            {t('share.make')}
          </button>
          <CodeOnPressStatus failed={makingFailed} />
        </>
      )}
    </section>
  );
}
