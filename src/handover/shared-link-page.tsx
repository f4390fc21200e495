import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useClinic } from '#src/clinic/clinic-context.ts';
import { PageHeading } from '#src/ui/page-heading.tsx';
import { PageTitle } from '#src/ui/page-title.tsx';
import { isShareFragment, localDay } from './received-address.ts';
import { ReceivedSummary } from './received-summary.tsx';
import { readShareFragment, type ShareLinkReading } from './share-link.ts';
import { skipWithinPage } from './skip-within-page.ts';

/** Opens a share link: the summary it carries, read-only, or a clear message when it cannot. */
export function SharedLinkPage() {
  const { sharing } = useClinic();
  const [reading, setReading] = useState<ShareLinkReading>();
  useEffect(() => {
    let current = true;
    let shared = window.location.hash;
    const read = () => void readShareFragment(shared).then((result) => current && setReading(result));
    const onHashChange = () => {
      const { hash, pathname, search } = window.location;
      if (isShareFragment(hash)) {
        shared = hash;
        read();
      } else {
        // Any other fragment (typed, or from a link of the page's own): the address keeps the
        // answers, so that a reload or a bookmark still opens them.
        window.history.replaceState(window.history.state, '', `${pathname}${search}${shared}`);
      }
    };
    read();
    window.addEventListener('hashchange', onHashChange);
    return () => {
      current = false;
      window.removeEventListener('hashchange', onHashChange);
    };
  }, []);
  useEffect(skipWithinPage, []);
  if (!sharing) return <LinkProblem problem="sharingOff" />;
  if (!reading) return null;
  if (!reading.ok) return <LinkProblem problem={reading.problem} />;
  return <ReceivedSummary answers={reading.shared.answers} completedOn={localDay(reading.shared.completedOn)} source="link" />;
}

function LinkProblem({ problem }: { problem: string }) {
  const { t } = useTranslation('received');
  return (
    <>
      <PageTitle page={t('linkProblemTitle')} />
      <PageHeading>{t('linkProblemTitle')}</PageHeading>
      <p>{t(`linkProblems.${problem}`)}</p>
      <p>{t('linkProblemNext')}</p>
    </>
  );
}
