/** Whether an address is the start page (no ?page= or ?change=), the one page the first load can show by itself. */
export function isStartAddress(url: URL): boolean {
  return !url.searchParams.has('page') && !url.searchParams.has('change');
}
