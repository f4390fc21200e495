import { receivedViewAt, type ReceivedView } from '#src/handover/received-address.ts';

/** Pages outside the questionnaire: they never open, resume or change a draft. */
export type StandaloneView = ReceivedView | 'accessibility';

const accessibilityPage = 'accessibility';

/** Which standalone page an address asks for, if any. */
export function standaloneViewAt(url: URL): StandaloneView | undefined {
  return receivedViewAt(url) ?? (url.searchParams.get('page') === accessibilityPage ? 'accessibility' : undefined);
}

/** The address of the accessibility statement; the language choice (?lng=) stays. */
export function accessibilityAddress(current: URL): string {
  const url = new URL(current.href);
  url.hash = '';
  url.searchParams.set('page', accessibilityPage);
  return `${url.pathname}${url.search}`;
}
