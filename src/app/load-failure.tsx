import { Component, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { continueAddress } from '#src/start/continue-address.ts';
import { PageHeading } from '#src/ui/page-heading.tsx';
import { PageTitle } from '#src/ui/page-title.tsx';
import { ExitThisPage } from './exit-this-page.tsx';
import { leaveAtOnce } from './leave-at-once.ts';
import { PageFrame } from './page-frame.tsx';
import { startRequested } from './start-request.ts';

/**
 * In place of a blank page when a page cannot be shown, most often because its code could not be
 * fetched: offline for a moment, or a newer version of the app now on the server, whose files have
 * other names. Trying again loads the page anew, which fetches what is there now; the answers are
 * where the person chose to keep them.
 */
export class LoadFailureBoundary extends Component<{ children: ReactNode }, { failed: boolean }> {
  override state = { failed: false };

  static getDerivedStateFromError() {
    return { failed: true };
  }

  override render() {
    return this.state.failed ? <LoadFailurePage /> : this.props.children;
  }
}

/** Loads the address again; after "Start now", the questionnaire's, as the start link would. */
const tryAgain = () => (startRequested() ? window.location.assign(continueAddress) : window.location.reload());

function LoadFailurePage() {
  const { t } = useTranslation('common');
  return (
    <PageFrame>
      <ExitThisPage exit={leaveAtOnce} />
      <PageTitle page={t('loadFailure.title')} />
      <PageHeading>{t('loadFailure.title')}</PageHeading>
      <p>{t('loadFailure.lead')}</p>
      <button type="button" className="button" onClick={tryAgain}>
        {t('loadFailure.tryAgain')}
      </button>
    </PageFrame>
  );
}
