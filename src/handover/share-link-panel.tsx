import { useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useClinic } from '#src/clinic/clinic-context.ts';
import type { Answers } from '#src/questionnaire/fields.ts';
import { CodeOnPressStatus, useCodeOnPress } from './code-on-press.tsx';
import type { QrMatrix } from './qr-matrix.ts';
import { isoDay } from './received-address.ts';
import { lazyPage } from '#src/ui/lazy-page.tsx';

const madeLink = lazyPage(() => import('./made-link.tsx').then((module) => module.MadeLink));

/**
 * "Share with the clinic": a link that carries the answers in its fragment, and its QR code to
 * scan at the front desk. Made only when asked for, after a warning of what the link holds.
 */
export function ShareLinkPanel({ answers }: { answers: Answers }) {
  const { t } = useTranslation('summary');
  const clinic = useClinic();
  const id = useId();
  const [made, setMade] = useState<{ link: string; matrix: QrMatrix | undefined }>();
  const [makeLink, makingFailed] = useCodeOnPress(async () => {
    // Compression, the QR encoder and the made link's view load only for people who make a link.
    const [{ shareFragment }, { qrMatrix }] = await Promise.all([import('./share-link.ts'), import('./qr-matrix.ts'), madeLink.preload()]);
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
