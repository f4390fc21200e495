import { expect, test } from '@playwright/test';
import { completeJourney, expectHeading, expectNoAxeViolations, press, printedPages, printMargins, text } from './journey-driver.ts';

test('a whole journey in Spanish, with no English on any page', async ({ page }) => {
  await completeJourney(page, 'thoughtsOfSuicide', 'pointer', 'es');
  await expect(page.locator('html')).toHaveAttribute('lang', 'es');
});

test('a whole journey in Arabic, right to left, then the summary printed in English', async ({ page }) => {
  await completeJourney(page, 'manyCautions', 'pointer', 'ar');
  await expect(page.locator('html')).toHaveAttribute('dir', 'rtl');
  await expect(page.locator('html')).toHaveAttribute('lang', 'ar');
  expect(await printMargins(page)).toContain('@top-right');
  for (const format of ['A4', 'Letter'] as const) {
    const pages = await printedPages(page, format);
    expect(pages).toBeGreaterThan(2);
    test.info().annotations.push({ type: `pages ar ${format}`, description: String(pages) });
  }

  await page.getByLabel(text('ar', 'common', 'language.summaryLanguage')).selectOption('en');
  const summary = page.locator('article.summary');
  await expect(summary).toHaveAttribute('lang', 'en');
  await expect(summary).toHaveAttribute('dir', 'ltr');
  await expect(summary.getByRole('heading', { level: 1 })).toHaveText(text('en', 'summary', 'title'));
  await page.emulateMedia({ media: 'print' });
  await expect(summary.getByText(text('en', 'summary', 'disclaimer'))).toBeVisible();
  await expect(summary.getByRole('heading', { name: text('en', 'rules', 'aneurysm.title') })).toBeVisible();
  await page.emulateMedia({ media: 'screen' });

  // Bilingual print: English for the clinic, then Arabic for the patient, each part marked with its language.
  await page.getByLabel(text('ar', 'common', 'language.secondLanguage')).selectOption('ar');
  const parts = page.locator('article.summary');
  await expect(parts).toHaveCount(2);
  await expect(parts.nth(1)).toHaveAttribute('lang', 'ar');
  await expect(parts.nth(1)).toHaveAttribute('dir', 'rtl');
  await expect(parts.nth(1).getByText(text('ar', 'summary', 'disclaimer'))).toBeVisible();
  await expectNoAxeViolations(page, 'bilingual summary');
  const pages = await printedPages(page, 'A4');
  test.info().annotations.push({ type: 'pages bilingual A4', description: String(pages) });
  expect(pages).toBeGreaterThan(20);
});

test('switching language mid-journey keeps the page and every answer', async ({ page }) => {
  await page.goto('/');
  await press(page, text('en', 'common', 'start.startNow'), 'pointer');
  await page.getByLabel(text('en', 'questionnaire', 'fields.age.label')).fill('51');
  await press(page, text('en', 'common', 'continue'), 'pointer');
  await expectHeading(page, text('en', 'questionnaire', 'fields.sexAtBirth.label'));
  await page.getByRole('button', { name: 'Español' }).click();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(text('es', 'questionnaire', 'fields.sexAtBirth.label'));
  await expect(page.locator('html')).toHaveAttribute('lang', 'es');
  await page.getByRole('button', { name: text('es', 'common', 'back') }).click();
  await expect(page.getByLabel(text('es', 'questionnaire', 'fields.age.label'))).toHaveValue('51');
  await page.getByRole('button', { name: 'العربية' }).click();
  await expect(page.locator('html')).toHaveAttribute('dir', 'rtl');
  await expect(page.getByLabel(text('ar', 'questionnaire', 'fields.age.label'))).toHaveValue('51');
  await page.reload();
  await expect(page.getByLabel(text('ar', 'questionnaire', 'fields.age.label'))).toHaveValue('51');
});
