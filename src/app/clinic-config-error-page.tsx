import { useTranslation } from 'react-i18next';
import type { ConfigProblem } from '#src/clinic/clinic-config.ts';
import { PageHeading } from '#src/ui/page-heading.tsx';
import { PageTitle } from '#src/ui/page-title.tsx';

/** For whoever deploys the app: which fields of clinic.json are wrong, and how. Never a blank page. */
export function ClinicConfigErrorPage({ problems }: { problems: readonly ConfigProblem[] }) {
  const { t } = useTranslation('clinicConfig');
  return (
    <main id="main" className="width-container main">
      <PageTitle page={t('title')} hasErrors />
      <PageHeading>{t('title')}</PageHeading>
      <p>{t('lead')}</p>
      <table className="table">
        <thead>
          <tr>
            <th scope="col">{t('fieldLabel')}</th>
            <th scope="col">{t('problemLabel')}</th>
          </tr>
        </thead>
        <tbody>
          {problems.map((problem, index) => (
            <tr key={index}>
              <th scope="row">
                <code>{problem.field}</code>
              </th>
              <td>{t(`problems.${problem.problem}`, { expected: problem.expected })}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </main>
  );
}
