import { useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useClinic } from '#src/clinic/clinic-context.ts';
import { ScreeningActorContext } from '#src/machine/screening-actor-context.ts';
import { referenceCode } from '#src/summary/reference-code.ts';
import { withoutHiddenAnswers } from '#src/questionnaire/flow.ts';
import { CodeOnPressStatus, useCodeOnPress } from './code-on-press.tsx';
import { downloadFile } from './download-file.ts';
import { ShareLinkPanel } from './share-link-panel.tsx';
import './handover.css';

/** Ways to give the finished summary to the clinic besides paper: a link and QR code, or a file. */
export function HandoverPanel() {
  const { t } = useTranslation('summary');
  const { sharing } = useClinic();
  const id = useId();
  const answers = ScreeningActorContext.useSelector((snapshot) => snapshot.context.answers);
  // The browser saves the file, or asks where to, in its own way: the page says where to look.
  const [savedName, setSavedName] = useState<string>();
  const [download, downloadFailed] = useCodeOnPress(async () => {
    // The FHIR writer loads only for people who download the file.
    const { questionnaireResponseFor } = await import('#src/fhir/questionnaire-response.ts');
    const response = questionnaireResponseFor(answers, { status: 'completed', authored: new Date() });
    const name = t('file.name', { code: referenceCode(withoutHiddenAnswers(answers)) });
    downloadFile(name, 'application/fhir+json', JSON.stringify(response, null, 2));
    setSavedName(name);
  });
  return (
    <section className="handover no-print" aria-labelledby={`${id}-title`}>
      <h2 id={`${id}-title`} className="heading-m">
        {t('handover.title')}
      </h2>
      <p>{t('handover.lead')}</p>
      {sharing && <ShareLinkPanel answers={answers} />}
      <section className="handover__part" aria-labelledby={`${id}-file-title`}>
        <h3 id={`${id}-file-title`} className="heading-s">
          {t('file.title')}
        </h3>
        <p>{t('file.lead')}</p>
        <button type="button" className="button button--secondary" onClick={download}>
          {t('file.download')}
        </button>
        <CodeOnPressStatus failed={downloadFailed} done={savedName && t('file.saved', { name: savedName })} />
      </section>
    </section>
  );
}
