/** Checks on the text of a printed summary, as poppler's pdftotext gives it. */

const flattened = (text: string) => text.replace(/\s+/g, ' ').trim();

/**
 * Arabic as it can be compared across a PDF: letters only, in base forms, without lam and alef,
 * whose ligature (لا, لإ) a PDF's text may give in either order.
 */
const arabicLetters = (text: string) => text.normalize('NFKC').replace(/[^\u0621-\u064A]|[\u0644\u0622\u0623\u0625\u0627]/g, '');

/**
 * A right-to-left line as pdftotext may give it: in reading order, or as directional runs
 * (marked with U+202A-U+202C) in visual order, which reversed are in reading order again.
 */
function readingsOfLine(line: string): string[] {
  const runs = line.split(/[\u202A-\u202C]/);
  return [...new Set([arabicLetters(line), arabicLetters(runs.reverse().join(''))])];
}

/** Whether `expected` (right to left) runs through consecutive lines of a PDF's text, each read either way. */
function holdsRightToLeft(pdfText: string, expected: string): boolean {
  const wanted = arabicLetters(expected);
  // Lines without Arabic (such as the other column of a side-by-side print) do not interrupt a paragraph.
  const lines = pdfText.split('\n').map(readingsOfLine).filter((readings) => readings.some((reading) => reading !== ''));
  const continues = (rest: string, from: number): boolean =>
    rest === '' || (from < lines.length && (lines[from] ?? []).some((reading) => reading !== '' && (reading.startsWith(rest) || (rest.startsWith(reading) && continues(rest.slice(reading.length), from + 1)))));
  return lines.some((readings, index) =>
    readings.some((reading) => {
      if (reading.includes(wanted)) return true;
      for (let start = 0; start < reading.length; start++) {
        const tail = reading.slice(start);
        if (wanted.startsWith(tail) && continues(wanted.slice(tail.length), index + 1)) return true;
      }
      return false;
    }),
  );
}

/** What of `expected` a PDF's text lacks: nothing, or `expected` itself. */
export function missingFromPdf(pdfText: string, expected: string, dir: 'ltr' | 'rtl'): string[] {
  const holds = dir === 'ltr' ? flattened(pdfText).includes(flattened(expected)) : holdsRightToLeft(pdfText, expected);
  return holds ? [] : [expected];
}
