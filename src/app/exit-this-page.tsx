import { useEffect } from 'react';
import { useTranslation } from 'react-i18next';
import { useClinic } from '#src/clinic/clinic-context.ts';
import { onTripleShift } from './triple-shift.ts';

/**
 * GOV.UK's "Exit this page": leaves at once, replacing this history entry, and removes this tab's
 * answers unless the person chose to keep them. Pressing Shift three times does the same.
 * `exit` is always `leaveAtOnce`, handed in by the modules of the app's entry: imported here, it
 * made the bundler split the language list out of the start page's script (mount-app.tsx).
 */
export function ExitThisPage({ exit }: { exit: (toUrl: string) => void }) {
  const { t } = useTranslation('common');
  // Where the clinic chose: an everyday page that says nothing about this questionnaire.
  const exitAddress = useClinic().quickExitUrl;
  useEffect(() => onTripleShift(window, () => exit(exitAddress)), [exit, exitAddress]);
  return (
    <div className="exit-this-page no-print">
      <a
        href={exitAddress}
        className="button button--warning exit-this-page__button"
        rel="noreferrer"
        onClick={(event) => {
          event.preventDefault();
          exit(exitAddress);
        }}
      >
        {t('exitThisPage.button')}
      </a>
      <p className="exit-this-page__hint">{t('exitThisPage.hint')}</p>
    </div>
  );
}
