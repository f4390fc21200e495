import { useEffect, useId, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { QrCode } from './qr-code.tsx';
import type { QrMatrix } from './qr-matrix.ts';

/**
 * The link once made: its QR code (when the link is short enough for one), the link ready to copy,
 * and a button that copies it. Its code and its text (locales/<language>/share.json) come with the
 * encoder's, only to people who make a link.
 */
export function MadeLink({ link, matrix }: { link: string; matrix: QrMatrix | undefined }) {
  const { t } = useTranslation('share');
  const id = useId();
  // The button that made the link goes away: focus moves to the link, ready to copy, not to <body>.
  const linkField = useRef<HTMLTextAreaElement>(null);
  useEffect(() => linkField.current?.focus(), []);
  const [copied, setCopied] = useState<'copied' | 'copyFailed'>();
  const copy = async () => {
    try {
      await navigator.clipboard.writeText(link);
      setCopied('copied');
    } catch {
      setCopied('copyFailed');
    }
  };
  return (
    <>
      {matrix ? (
        <>
          <p>{t('scan')}</p>
          <QrCode matrix={matrix} label={t('qrLabel')} />
        </>
      ) : (
        <p>{t('tooLongForQr')}</p>
      )}
      <div className="form-group">
        <label className="label" htmlFor={`${id}-link`}>
          {t('linkLabel')}
        </label>
        <textarea ref={linkField} id={`${id}-link`} className="textarea share-link" readOnly rows={3} value={link} onFocus={(event) => event.target.select()} />
      </div>
      <button type="button" className="button button--secondary" onClick={() => void copy()}>
        {t('copy')}
      </button>
      <p role="status" className="share-link__status">
        {copied && t(copied)}
      </p>
    </>
  );
}
