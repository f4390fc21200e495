import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { LanguageSwitcher, useDocumentLanguage } from './language-switcher.tsx';

/** Every page's frame: skip link, header with the languages, the main content, and what follows it. */
export function PageFrame({ children, aside, footer }: { children: ReactNode; aside?: ReactNode; footer?: ReactNode }) {
  const { t } = useTranslation('common');
  useDocumentLanguage();
  return (
    <>
      <a href="#main" className="skip-link">
        {t('skipToContent')}
      </a>
      <header className="header no-print">
        <div className="width-container">
          <span className="header__name">{t('appName')}</span>
          <LanguageSwitcher />
        </div>
      </header>
      <div className="width-container">
        <main id="main" className="main">
          {children}
        </main>
        {aside}
      </div>
      {footer}
    </>
  );
}
