import { useEffect, type RefObject } from 'react';
import { usePageShown } from './page-shown.ts';

/**
 * Moves focus to `target`, in the middle of the screen, once the page around it is shown: a page
 * built ahead waits until it is revealed. Renders nothing, so revealing the page renders only this.
 */
export function FocusWhenShown({ target }: { target: RefObject<HTMLElement | null> }) {
  const shown = usePageShown();
  useEffect(() => {
    if (!shown) return;
    target.current?.focus({ preventScroll: true });
    target.current?.scrollIntoView({ block: 'center' });
  }, [shown, target]);
  return null;
}
