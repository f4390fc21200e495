/**
 * On a page whose address carries its content in the fragment (a share link), "Skip to main
 * content" moves focus to the main content without going to `#main`: going there would add a
 * history entry, so Back seemed to do nothing, and would take the answers out of the address.
 * Focus goes to the main content's heading, as after a page turn. Returns the function that stops it.
 */
export function skipWithinPage(): () => void {
  const skip = (event: MouseEvent) => {
    if (!(event.target instanceof Element) || !event.target.closest('a[href="#main"]')) return;
    const main = document.getElementById('main');
    const target = main?.querySelector<HTMLElement>('h1') ?? main;
    if (!target) return;
    event.preventDefault();
    // The page's h1 can take focus already; <main> is given the means for this once.
    if (!target.hasAttribute('tabindex')) {
      target.tabIndex = -1;
      target.addEventListener('blur', () => target.removeAttribute('tabindex'), { once: true });
    }
    target.focus();
  };
  document.addEventListener('click', skip);
  return () => document.removeEventListener('click', skip);
}
