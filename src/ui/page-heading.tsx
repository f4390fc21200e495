import { useEffect, useRef, type ReactNode } from 'react';

/**
 * The page's h1. It takes focus when the page appears, so screen reader users hear the new
 * page and keyboard users continue from the top (GOV.UK question pages; WCAG 2.4.3).
 */
export function PageHeading({ children, className, takeFocus = true }: { children: ReactNode; className?: string; takeFocus?: boolean }) {
  const ref = useRef<HTMLHeadingElement>(null);
  useEffect(() => {
    if (takeFocus) ref.current?.focus();
  }, [takeFocus]);
  return (
    <h1 ref={ref} tabIndex={-1} className={className ?? 'heading-l'}>
      {children}
    </h1>
  );
}
