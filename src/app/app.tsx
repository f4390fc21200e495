import { lazy, Suspense, useEffect } from 'react';
import { useTranslation } from 'react-i18next';
import { currentPage } from '#src/machine/page.ts';
import { laterNamespaces } from '#src/i18n/i18n.ts';
import { ScreeningActorContext } from '#src/machine/screening-actor-context.ts';
import { CrisisPage } from '#src/safety/crisis-page.tsx';
import { StartPage } from '#src/start/start-page.tsx';
import { DraftNotices } from './draft-notices.tsx';
import { ExitThisPage } from './exit-this-page.tsx';
import { LanguageSwitcher, useDocumentLanguage } from './language-switcher.tsx';
import { useBrowserSync } from './use-browser-sync.ts';
import { YourAnswersPanel } from './your-answers-panel.tsx';

// Only the start page is needed for the first paint; the form code and the summary arrive
// while the person reads it (prefetched below), which keeps the first load small.
const loadQuestionPage = () => import('#src/steps/question-page.tsx');
const loadCheckAnswersPage = () => import('#src/check-answers/check-answers-page.tsx');
const loadSummaryPage = () => import('#src/summary/summary-page.tsx');
const QuestionPage = lazy(() => loadQuestionPage().then((module) => ({ default: module.QuestionPage })));
const CheckAnswersPage = lazy(() => loadCheckAnswersPage().then((module) => ({ default: module.CheckAnswersPage })));
const SummaryPage = lazy(() => loadSummaryPage().then((module) => ({ default: module.SummaryPage })));

function usePrefetchPages(): void {
  const { i18n } = useTranslation();
  useEffect(() => {
    void Promise.all([loadQuestionPage(), loadCheckAnswersPage(), loadSummaryPage(), i18n.loadNamespaces([...laterNamespaces])]);
  }, [i18n]);
}

/** The page for the machine's current phase. */
function CurrentPage() {
  const page = ScreeningActorContext.useSelector((snapshot) => currentPage(snapshot).kind);
  switch (page) {
    case 'start':
      return <StartPage />;
    case 'safety':
      return <CrisisPage />;
    case 'step':
      return <QuestionPage />;
    case 'checkAnswers':
      return <CheckAnswersPage />;
    case 'summary':
      return <SummaryPage />;
  }
}

/** The page frame: skip link, header and the current page. */
export function App() {
  const { t } = useTranslation('common');
  usePrefetchPages();
  useBrowserSync();
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
          <ExitThisPage />
          <DraftNotices />
          <Suspense fallback={null}>
            <CurrentPage />
          </Suspense>
        </main>
        <YourAnswersPanel />
      </div>
    </>
  );
}
