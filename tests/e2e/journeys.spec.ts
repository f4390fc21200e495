import { expect, test } from '@playwright/test';
import { buildSummary } from '#src/summary/build-summary.ts';
import { completeJourney, en, gzipSizeOf, printedPages, printMargins, printToPdf, ruleTitle, wholeJourneyBudgetBytes } from './journey-driver.ts';
import { missingFromPdf } from './pdf-text.ts';

const title = (ruleId: string) => ruleTitle('en', ruleId);

test('a person with nothing to discuss reaches a summary that says so, with their trials counted', async ({ page }) => {
  let fetched: string[] = [];
  await completeJourney(page, 'nothingToDiscuss', 'pointer', 'en', { watched: (checks) => (fetched = checks.fetched) });
  // Everything this journey fetched, from the start page to the summary ready to print.
  const journeyBytes = gzipSizeOf(fetched);
  const kib = (bytes: number) => (bytes / 1024).toFixed(1);
  console.info(`whole journey: ${journeyBytes} B gzip (${kib(journeyBytes)} KiB); budget ${kib(wholeJourneyBudgetBytes)} KiB`);
  test.info().annotations.push({ type: 'whole journey gzip bytes', description: String(journeyBytes) });
  expect(journeyBytes).toBeGreaterThan(50_000);
  expect(journeyBytes).toBeLessThanOrEqual(wholeJourneyBudgetBytes);
  await expect(page.getByText(en('summary', 'noPoints'))).toBeVisible();
  await expect(page.getByText('2 different medicines were each taken for 6 weeks or more')).toBeVisible();
  await expect(page.getByText('PHQ-9 total: 14 out of 27')).toBeVisible();
  await expect(page.getByText('Prepared for: Example Ketamine Clinic')).toBeVisible();
  await expect(page.getByRole('heading', { name: en('summary', 'safetyTitle') })).toHaveCount(0);

  // On paper: every page names the clinic and the reference code, and is numbered.
  const margins = await printMargins(page);
  expect(margins).toContain('Example Ketamine Clinic');
  expect(margins).toMatch(/Reference [0-9A-Z]{4}-[0-9A-Z]{4}/);
  expect(margins).toContain('counter(pages)');
  for (const format of ['A4', 'Letter'] as const) test.info().annotations.push({ type: `pages ${format}`, description: String(await printedPages(page, format)) });

  // On paper: the statement stays, buttons and the page header go.
  await page.emulateMedia({ media: 'print' });
  await expect(page.getByText(en('summary', 'disclaimer'))).toBeVisible();
  await expect(page.getByRole('button', { name: en('summary', 'print') })).toHaveCount(0);
  await expect(page.getByRole('banner')).toBeHidden();
});

test('a person with many cautions sees every point to discuss, and typed markup stays text', async ({ page }) => {
  const answers = await completeJourney(page, 'manyCautions', 'pointer');
  const points = page.getByRole('region', { name: en('summary', 'pointsTitle') }).getByRole('listitem').filter({ has: page.getByRole('heading') });
  const expected = buildSummary(answers).points.map((point) => title(point.ruleId));
  expect(expected.length).toBeGreaterThan(30);
  // On paper, A4 and Letter: the statement that this is not a diagnosis, and every point.
  for (const format of ['A4', 'Letter'] as const) {
    const pdf = await printToPdf(page, format);
    expect(pdf.pages).toBeGreaterThan(2);
    test.info().annotations.push({ type: `pages ${format}`, description: String(pdf.pages) });
    expect(missingFromPdf(pdf.text, en('summary', 'disclaimer'), 'ltr'), `${format}: the statement`).toEqual([]);
    for (const expectedTitle of expected) expect(missingFromPdf(pdf.text, expectedTitle, 'ltr'), `${format}: ${expectedTitle}`).toEqual([]);
  }
  for (const ruleTitle of expected) await expect(points.filter({ hasText: ruleTitle }).first()).toBeVisible();
  await expect(page.getByRole('cell', { name: 'Trintellix <b>10mg</b>' }).or(page.getByRole('rowheader', { name: 'Trintellix <b>10mg</b>' }))).toBeVisible();
  await expect(page.locator('b')).toHaveCount(0);
});

test('thoughts of suicide bring up the crisis page at once, and the summary opens with them', async ({ page }) => {
  await completeJourney(page, 'thoughtsOfSuicide', 'pointer');
  const safety = page.getByRole('region', { name: en('summary', 'safetyTitle') });
  await expect(safety).toBeVisible();
  await expect(safety).toContainText('Several days');
  const headings = await page.getByRole('heading', { level: 2 }).allTextContents();
  expect(headings.indexOf(en('summary', 'safetyTitle'))).toBeLessThan(headings.indexOf(en('summary', 'pointsTitle')));
});

test('the whole questionnaire can be answered with the keyboard alone', async ({ page }) => {
  await completeJourney(page, 'olderAdultOtherBranches', 'keyboard');
  await expect(page.getByRole('rowheader', { name: 'Dosulepin' })).toBeVisible();
});
