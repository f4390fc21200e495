/** Whether an address is the start page (no ?page=), the one page the first load can show by itself. */
export function isStartAddress(url: URL): boolean {
  return !url.searchParams.has('page');
}
