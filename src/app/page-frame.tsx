import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { openFileAddress } from '#src/handover/received-address.ts';
import { LanguageSwitcher, useDocumentLanguage } from './language-switcher.tsx';
import { accessibilityAddress } from './standalone-view.ts';

/** Every page's frame: skip link, header with the languages, the main content, what goes beside it, and the footer. */
export function PageFrame({ children, aside }: { children: ReactNode; aside?: ReactNode }) {
  const { t } = useTranslation('common');
  useDocumentLanguage();
  // The start page is also rendered at build time, where there is no window.
  const here = new URL(typeof window === 'undefined' ? 'http://localhost/' : window.location.href);
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
      <footer className="footer no-print">
        <div className="width-container">
          <ul className="inline-list">
            <li>
              <a href={accessibilityAddress(here)}>{t('footer.accessibility')}</a>
            </li>
            <li>
              <a href={openFileAddress(here)}>{t('footer.openFile')}</a>
            </li>
          </ul>
        </div>
      </footer>
    </>
  );
}
