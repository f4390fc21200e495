import { PageHeading } from '#src/ui/page-heading.tsx';

/** A label for a single input; on a single-question page the label sits inside the h1. */
export function FieldLabel({ htmlFor, text, isPageHeading }: { htmlFor: string; text: string; isPageHeading: boolean }) {
  const label = (
    <label htmlFor={htmlFor} className={isPageHeading ? 'label label--l' : 'label label--m'}>
      {text}
    </label>
  );
  return isPageHeading ? <PageHeading className="label-wrapper">{label}</PageHeading> : label;
}
