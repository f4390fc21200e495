import { useTranslation } from 'react-i18next';

/** An inline error beside its field, announced with a visually hidden "Error:" prefix. */
export function ErrorMessage({ id, message }: { id: string; message: string | undefined }) {
  const { t } = useTranslation('common');
  if (!message) return null;
  return (
    <p id={id} className="error-message">
      <span className="visually-hidden">{t('errorPrefix')} </span>
      {message}
    </p>
  );
}
