import { useEffect, useRef, type ReactNode } from 'react';
import { usePageShown } from './page-shown.ts';

/**
 * The page's h1. It takes focus when the page appears, so screen reader users hear the new
 * page and keyboard users continue from the top (GOV.UK question pages; WCAG 2.4.3), unless the
 * page returns the person to a place further down (`takesFocus` false).
 */
export function PageHeading({ children, className, takesFocus = true }: { children: ReactNode; className?: string; takesFocus?: boolean }) {
  const ref = useRef<HTMLHeadingElement>(null);
  const shown = usePageShown();
  useEffect(() => {
    if (!shown || !takesFocus) return;
    // A new page starts at its top. Scrolling to (0, 0) needs no layout, and focusing without a
    // scroll lets the browser lay the page out once, for the frame, rather than here as well.
    window.scrollTo(0, 0);
    ref.current?.focus({ preventScroll: true });
  }, [shown, takesFocus]);
  return (
    <h1 ref={ref} tabIndex={-1} className={className ?? 'heading-l'}>
      {children}
    </h1>
  );
}
