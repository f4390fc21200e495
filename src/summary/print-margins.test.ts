import { describe, expect, it } from 'vitest';
import { pageCounterContent } from './print-margins.tsx';

describe('page numbers on paper', () => {
  it('keep each language\'s word order around the page counters', () => {
    expect(pageCounterContent('Page {{page}} of {{pages}}')).toBe('"Page " counter(page) " of " counter(pages)');
    expect(pageCounterContent('الصفحة {{page}} من {{pages}}')).toBe('"الصفحة " counter(page) " من " counter(pages)');
    expect(pageCounterContent('{{page}}/{{pages}}')).toBe('counter(page) "/" counter(pages)');
  });

  it('never let text break out of its CSS string', () => {
    expect(pageCounterContent('a "quoted" \\ page {{page}}')).toBe('"a \\"quoted\\" \\\\ page " counter(page)');
  });
});
