import { useEffect } from 'react';
import { afterNextPaint } from '#src/ui/after-paint.ts';
import { usePageShown } from '#src/ui/page-shown.ts';

/** A string as a CSS string literal. */
const cssString = (text: string) => `"${text.replace(/\\/g, '\\\\').replace(/"/g, '\\"').replace(/\n/g, ' ')}"`;

/**
 * "Page {{page}} of {{pages}}" as CSS content: the text around the placeholders as strings, the
 * placeholders as the page counters, so each language keeps its own word order.
 */
export function pageCounterContent(pageOf: string): string {
  return pageOf
    .split(/({{\s*pages?\s*}})/)
    .filter((part) => part !== '')
    .map((part) => (/{{\s*pages\s*}}/.test(part) ? 'counter(pages)' : /{{\s*page\s*}}/.test(part) ? 'counter(page)' : cssString(part)))
    .join(' ');
}

/**
 * On paper, every page carries the clinic's name and the reference code at the top and its page
 * number at the bottom, in the margin boxes of @page. A constructed style sheet, not an inline
 * <style>, so the Content-Security-Policy allows it. Built and added once the page has painted: a new
 * style sheet makes the browser restyle the whole page, which the page's first frame need not wait
 * for, and building one cost the turn onto the summary 3-5 ms.
 * A component that renders nothing, so that the summary being shown renders only this again.
 */
export function PrintMargins({ heading, pageOf, dir }: { heading: string; pageOf: string; dir: 'ltr' | 'rtl' }) {
  const shown = usePageShown();
  useEffect(() => {
    if (!shown) return;
    // Browsers without constructed style sheets (and jsdom) print without the margin boxes.
    if (typeof CSSStyleSheet === 'undefined' || !('replaceSync' in CSSStyleSheet.prototype) || !Array.isArray(document.adoptedStyleSheets)) return;
    const start = dir === 'rtl' ? 'right' : 'left';
    const end = dir === 'rtl' ? 'left' : 'right';
    let sheet: CSSStyleSheet | undefined;
    const cancel = afterNextPaint(() => {
      sheet = new CSSStyleSheet();
      sheet.replaceSync(
        `@page { @top-${start} { content: ${cssString(heading)}; font-size: 9pt; } ` +
          `@bottom-${end} { content: ${pageCounterContent(pageOf)}; font-size: 9pt; } }`,
      );
      document.adoptedStyleSheets = [...document.adoptedStyleSheets, sheet];
    });
    return () => {
      cancel();
      document.adoptedStyleSheets = document.adoptedStyleSheets.filter((adopted) => adopted !== sheet);
    };
  }, [shown, heading, pageOf, dir]);
  return null;
}
