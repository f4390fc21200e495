import { describe, expect, it } from 'vitest';
import { missingFromPdf } from '#tests/e2e/pdf-text.ts';

// Lines as pdftotext gave them for the Arabic summary: whole lines in reading order, and (beside
// an English column) directional runs in visual order; lam-alef ligatures come out as "اإل".
const statement = 'يعرض هذا الملخص الإجابات التي قدّمتها. وهو ليس تشخيصًا ولا قرارًا طبيًا. الطبيب المختص وحده يمكنه أن يقرّر العلاج، بالاتفاق معك.';
const readingOrder = '\u202bيعرض هذا الملخص اإلجابات التي قّدمتها\u202a.\u202c وهو ليس تشخيًصا وال قراًر ا طبًيا\u202a.\u202c الطبيب المختص وحده يمكنه أن\u202c\n\u202bيقّر ر العالج\u202a،\u202c باالتفاق معك\u202a.\u202c\u202c\n';
const runsBesideEnglish =
  '\u202b وهو ليس\u202c.\u202bيعرض هذا الملخص اإلجابات التي قّدمتها\u202c\nThis summary lists what you answered. It is\n\u202b الطبيب المختص وحده يمكنه أن\u202c.\u202bتشخيًصا وال قراًر ا طبًيا\u202c\n.\u202b باالتفاق معك\u202c،\u202bيقّر ر العالج\u202c\n';

describe('reading a printed summary back from its PDF text', () => {
  it('finds left-to-right text across line breaks', () => {
    expect(missingFromPdf('This summary lists what you\nanswered. It is not', 'This summary lists what you answered.', 'ltr')).toEqual([]);
  });

  it('finds right-to-left text in reading order, or in runs beside another column', () => {
    expect(missingFromPdf(readingOrder, statement, 'rtl')).toEqual([]);
    expect(missingFromPdf(runsBesideEnglish, statement, 'rtl')).toEqual([]);
  });

  it('reports text that is not there, or only partly there', () => {
    expect(missingFromPdf('This summary lists', 'This summary lists what you answered.', 'ltr')).toEqual(['This summary lists what you answered.']);
    const cut = readingOrder.split('\n')[0] ?? '';
    expect(missingFromPdf(cut, statement, 'rtl')).toEqual([statement]);
    expect(missingFromPdf(readingOrder, 'أجاب عنه الشخص بنفسه', 'rtl')).toEqual(['أجاب عنه الشخص بنفسه']);
  });
});
