import { isStartAddress } from '#src/start/start-address.ts';
import { StartPage } from '#src/start/start-page.tsx';
import { ExitThisPage } from './exit-this-page.tsx';
import { leaveAtOnce } from './leave-at-once.ts';
import { PageFrame } from './page-frame.tsx';
import { requestStart } from './start-request.ts';

/**
 * What shows while the questionnaire's code arrives: the start page, complete and working, in the
 * same frame the questionnaire uses, so nothing moves when it takes over. Other addresses wait
 * for the questionnaire (it decides which page they may open).
 */
export function FirstPaint({ url, resuming }: { url: URL; resuming: boolean }) {
  return (
    <PageFrame>
      <ExitThisPage exit={leaveAtOnce} />
      {isStartAddress(url) && <StartPage resuming={resuming} onStart={requestStart} />}
    </PageFrame>
  );
}
