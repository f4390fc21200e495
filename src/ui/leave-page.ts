/**
 * Runs what takes the person to another page, once the pressed control has let go of focus.
 * Removing a focused element makes the browser lay out the page being taken down, only to lay out
 * the next one straight after; the new page's h1 takes focus as it appears.
 */
export function leavePage(go: () => void): void {
  if (document.activeElement instanceof HTMLElement) document.activeElement.blur();
  go();
}
