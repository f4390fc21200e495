import { useTranslation } from 'react-i18next';
import { useClinic } from '#src/clinic/clinic-context.ts';
import { formatList } from '#src/i18n/format-list.ts';
import { PageHeading } from '#src/ui/page-heading.tsx';
import { PageTitle } from '#src/ui/page-title.tsx';
import { continueAddress, opensElsewhere } from './continue-address.ts';

const parts = ['whatItIs', 'whatItIsNot', 'time', 'privacy'] as const;

/** What this is and is not, how long it takes, and where the answers go. */
export function StartPage({ resuming, onStart }: { resuming: boolean; onStart: () => void }) {
  const { t, i18n } = useTranslation('common');
  const clinic = useClinic();
  return (
    <>
      <PageTitle page={t('start.title')} />
      <PageHeading>{t('start.title')}</PageHeading>
      <p className="lead">{t('start.lead')}</p>
      {parts.map((part) => (
        <section key={part}>
          <h2 className="heading-m">{t(`start.${part}Title`)}</h2>
          <p>{t(`start.${part}`)}</p>
        </section>
      ))}
      <section>
        <h2 className="heading-m">{t('start.clinicTitle', { clinic: clinic.name })}</h2>
        <p>
          {t('start.treatments', {
            treatments: formatList(
              clinic.treatments.map((treatment) => t(`treatments.${treatment}`)),
              i18n.language,
            ),
          })}
        </p>
        <p>{t('start.minimumAge', { age: clinic.minimumAge })}</p>
      </section>
      {resuming && <p className="inset">{t('start.resume')}</p>}
      {/* A link styled as a button (GOV.UK's start button): it works before the page's script has arrived. */}
      <a
        href={continueAddress}
        role="button"
        draggable="false"
        className="button button--start"
        onClick={(event) => {
          if (opensElsewhere(event)) return;
          event.preventDefault();
          onStart();
        }}
        onKeyDown={(event) => {
          if (event.key !== ' ') return;
          event.preventDefault();
          onStart();
        }}
      >
        {t(resuming ? 'start.continue' : 'start.startNow')}
      </a>
    </>
  );
}
