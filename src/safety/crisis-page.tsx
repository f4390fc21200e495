import { useTranslation } from 'react-i18next';
import { useClinic } from '#src/clinic/clinic-context.ts';
import { ScreeningActorContext } from '#src/machine/screening-actor-context.ts';
import { leavePage } from '#src/ui/leave-page.ts';
import { PageHeading } from '#src/ui/page-heading.tsx';
import { PageTitle } from '#src/ui/page-title.tsx';
import { crisisSupportFor, type CrisisLine } from './crisis-lines.ts';

/**
 * Shown before anything else when an answer signals thoughts of suicide or self-harm:
 * emergency first, then people to talk to in the clinic's region (CLINICAL.md 4.2, 4.3),
 * then the way back to the questions.
 */
export function CrisisPage() {
  const { t } = useTranslation('safety');
  const actor = ScreeningActorContext.useActorRef();
  const { emergency, lines } = crisisSupportFor(useClinic().region);
  return (
    <>
      <PageTitle page={t('title')} />
      <PageHeading>{t('title')}</PageHeading>
      <p className="lead">{t('lead')}</p>
      <div className="warning-panel">
        <h2 className="heading-m">{t('dangerTitle')}</h2>
        <p>{t('danger', { emergency })}</p>
        <a className="button button--warning" href={`tel:${emergency}`}>
          {t('callEmergency', { emergency })}
        </a>
      </div>
      {lines.length > 0 && <h2 className="heading-m">{t('talkTitle')}</h2>}
      <ul className="crisis-lines">
        {lines.map((line: CrisisLine) => (
          <li key={line.id}>
            <h3 className="heading-s">{t(`lines.${line.id}.name`)}</h3>
            <p>{t(`lines.${line.id}.description`)}</p>
            <ul className="inline-list">
              <li>
                <a href={`tel:${line.tel}`}>{t('callNumber', { number: line.display })}</a>
              </li>
              {line.sms && (
                <li>
                  <a href={`sms:${line.sms.number}`}>{t('textNumber', { number: line.sms.display })}</a>
                </li>
              )}
            </ul>
          </li>
        ))}
      </ul>
      <p>{t('notMonitored')}</p>
      <p>{t('continueNote')}</p>
      <button type="button" className="button" onClick={() => leavePage(() => actor.send({ type: 'safety.continue' }))}>
        {t('continue')}
      </button>
    </>
  );
}
