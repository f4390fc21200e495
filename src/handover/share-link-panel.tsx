import { useEffect, useId, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useClinic } from '#src/clinic/clinic-context.ts';
import type { Answers } from '#src/questionnaire/fields.ts';
import { CodeOnPressStatus, useCodeOnPress } from './code-on-press.tsx';
import { QrCode } from './qr-code.tsx';
import type { QrMatrix } from './qr-matrix.ts';
import { isoDay } from './received-address.ts';

/**
 * "Share with the clinic": a link that carries the answers in its fragment, and its QR code to
 * scan at the front desk. Made only when asked for, after a warning of what the link holds.
 */
export function ShareLinkPanel({ answers }: { answers: Answers }) {
  const { t } = useTranslation('summary');
  const clinic = useClinic();
  const id = useId();
  const [link, setLink] = useState<string>();
  const [matrix, setMatrix] = useState<QrMatrix>();
  // The button that made the link goes away: focus moves to the link, ready to copy, not to <body>.
  const linkField = useRef<HTMLTextAreaElement>(null);
  useEffect(() => {
    if (link !== undefined) linkField.current?.focus();
  }, [link]);
  const [copied, setCopied] = useState<'copied' | 'copyFailed'>();
  const [makeLink, makingFailed] = useCodeOnPress(async () => {
    // Compression and the QR encoder load only for people who make a link.
    const [{ shareFragment }, { qrMatrix }] = await Promise.all([import('./share-link.ts'), import('./qr-matrix.ts')]);
    const url = new URL(window.location.href);
    url.search = '';
    url.hash = await shareFragment({ answers, completedOn: isoDay(new Date()) });
    setMatrix(qrMatrix(url.href));
    setLink(url.href);
  });
  const copy = async () => {
    try {
      await navigator.clipboard.writeText(link ?? '');
      setCopied('copied');
    } catch {
      setCopied('copyFailed');
    }
  };
  return (
    <section className="handover__part" aria-labelledby={`${id}-title`}>
      <h3 id={`${id}-title`} className="heading-s">
        {t('share.title')}
      </h3>
      <p className="notice notice--warning">{t('share.warning', { clinic: clinic.name })}</p>
      {link === undefined ? (
        <>
          <button type="button" className="button button--secondary" onClick={makeLink}>
            {t('share.make')}
          </button>
          <CodeOnPressStatus failed={makingFailed} />
        </>
      ) : (
        <>
          {matrix ? (
            <>
              <p>{t('share.scan')}</p>
              <QrCode matrix={matrix} label={t('share.qrLabel')} />
            </>
          ) : (
            <p>{t('share.tooLongForQr')}</p>
          )}
          <div className="form-group">
            <label className="label" htmlFor={`${id}-link`}>
              {t('share.linkLabel')}
            </label>
            <textarea ref={linkField} id={`${id}-link`} className="textarea share-link" readOnly rows={3} value={link} onFocus={(event) => event.target.select()} />
          </div>
          <button type="button" className="button button--secondary" onClick={() => void copy()}>
            {t('share.copy')}
          </button>
          <p role="status" className="share-link__status">
            {copied && t(`share.${copied}`)}
          </p>
        </>
      )}
    </section>
  );
}
