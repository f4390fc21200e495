/** `share=` as the app writes it, or with its `=` percent-encoded or its letters capitalised, as some mail programs pass links on. */
export const shareFragmentKey = /^#?share(=|%3d)/i;

/** Whether an address's fragment is a share link (well-formed or not). Kept free of imports: the first load calls it. */
export function isShareFragment(hash: string): boolean {
  return shareFragmentKey.test(hash);
}

/** Views for whoever receives a summary: they read answers, and never touch the questionnaire's draft. */
export type ReceivedView = 'sharedLink' | 'openFile';

const openFilePage = 'open-file';

/** The address of the page where staff open a file a patient sent them. */
export function openFileAddress(current: URL): string {
  const url = new URL(current.href);
  url.hash = '';
  url.search = '';
  url.searchParams.set('page', openFilePage);
  return `${url.pathname}${url.search}`;
}

/** Which received view an address asks for, if any. */
export function receivedViewAt(url: URL): ReceivedView | undefined {
  if (isShareFragment(url.hash)) return 'sharedLink';
  if (url.searchParams.get('page') === openFilePage) return 'openFile';
  return undefined;
}

/** A YYYY-MM-DD day as a local date, so that it is not shown as the day before west of Greenwich. */
export function localDay(isoDay: string): Date {
  const [year = 1970, month = 1, day = 1] = isoDay.slice(0, 10).split('-').map(Number);
  return new Date(year, month - 1, day);
}

/** Today as YYYY-MM-DD in local time. */
export function isoDay(date: Date): string {
  return `${date.getFullYear()}-${String(date.getMonth() + 1).padStart(2, '0')}-${String(date.getDate()).padStart(2, '0')}`;
}
