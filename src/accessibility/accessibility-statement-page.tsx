import { useTranslation } from 'react-i18next';
import { useClinic } from '#src/clinic/clinic-context.ts';
import { PageHeading } from '#src/ui/page-heading.tsx';
import { PageTitle } from '#src/ui/page-title.tsx';

/** The day the checks the statement describes last ran in full; change it when they are run again by hand. */
const lastTested = new Date(2026, 10, 22);

const abilities = ['zoom', 'keyboard', 'screenReader', 'colours', 'motion', 'languages'] as const;
const gaps = ['people', 'translations', 'pdf', 'largeText', 'qr'] as const;

/** The standard, how it was tested, the known gaps, and how to tell the clinic about a problem. */
export function AccessibilityStatementPage() {
  const { t, i18n } = useTranslation('accessibility');
  const clinic = useClinic();
  const date = new Intl.DateTimeFormat(i18n.language, { dateStyle: 'long' }).format(lastTested);
  const hasContact = clinic.phone !== undefined || clinic.email !== undefined || clinic.address !== undefined;
  return (
    <>
      <PageTitle page={t('title')} />
      <PageHeading>{t('title')}</PageHeading>
      <p className="lead">{t('intro', { clinic: clinic.name })}</p>
      <h2 className="heading-m">{t('canDoTitle')}</h2>
      <ul>
        {abilities.map((ability) => (
          <li key={ability}>{t(`canDo.${ability}`)}</li>
        ))}
      </ul>
      <h2 className="heading-m">{t('standardTitle')}</h2>
      <p>{t('standard')}</p>
      <h2 className="heading-m">{t('testedTitle')}</h2>
      <p>{t('tested', { date })}</p>
      <h2 className="heading-m">{t('gapsTitle')}</h2>
      <ul>
        {gaps.map((gap) => (
          <li key={gap}>{t(`gaps.${gap}`)}</li>
        ))}
      </ul>
      <h2 className="heading-m">{t('reportTitle')}</h2>
      <p>{t('report', { clinic: clinic.name })}</p>
      {hasContact ? (
        <ul className="plain-list">
          {clinic.phone && (
            <li>
              <a href={`tel:${clinic.phone.replace(/[^+0-9]/g, '')}`}>{t('reportPhone', { phone: clinic.phone })}</a>
            </li>
          )}
          {clinic.email && (
            <li>
              <a href={`mailto:${clinic.email}`}>{t('reportEmail', { email: clinic.email })}</a>
            </li>
          )}
          {clinic.address && <li>{t('reportAddress', { address: clinic.address })}</li>}
        </ul>
      ) : (
        <p>{t('reportNoContact')}</p>
      )}
    </>
  );
}
