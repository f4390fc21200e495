import { useEffect } from 'react';
import { useTranslation } from 'react-i18next';
import { useClinic } from '#src/clinic/clinic-context.ts';

const presses = 3;
const withinMs = 5000;

/**
 * GOV.UK's "Exit this page": leaves at once, replacing this history entry, and removes this tab's
 * answers unless the person chose to keep them. Pressing Shift three times does the same.
 */
export function ExitThisPage({ exit }: { exit: (toUrl: string) => void }) {
  const { t } = useTranslation('common');
  // Where the clinic chose: an everyday page that says nothing about this questionnaire.
  const exitAddress = useClinic().quickExitUrl;
  useEffect(() => {
    let times: number[] = [];
    const onKeyDown = (event: KeyboardEvent) => {
      if (event.key !== 'Shift' || event.repeat) return;
      const now = Date.now();
      times = [...times.filter((time) => now - time < withinMs), now];
      if (times.length >= presses) exit(exitAddress);
    };
    window.addEventListener('keydown', onKeyDown);
    return () => window.removeEventListener('keydown', onKeyDown);
  }, [exit, exitAddress]);
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
