import { useEffect, useRef, type ReactNode } from 'react';

/**
 * The page's h1. It takes focus when the page appears, so screen reader users hear the new
 * page and keyboard users continue from the top (GOV.UK question pages; WCAG 2.4.3).
 */
export function PageHeading({ children, className }: { children: ReactNode; className?: string }) {
  const ref = useRef<HTMLHeadingElement>(null);
  useEffect(() => {
    ref.current?.focus();
  }, []);
  return (
    <h1 ref={ref} tabIndex={-1} className={className ?? 'heading-l'}>
      {children}
    </h1>
  );
}
