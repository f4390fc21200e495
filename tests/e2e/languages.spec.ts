import { expect, test } from '@playwright/test';
import { buildSummary } from '#src/summary/build-summary.ts';
import { answersOf } from '#tests/fixtures/personas.ts';
import { blockStorage, completeJourney, expectHeading, expectAccessiblePage, keepAnswersInTab, press, printedPages, printMargins, printToPdf, ruleTitle, text, untilQuiet } from './journey-driver.ts';
import { missingFromPdf } from './pdf-text.ts';

test('a whole journey in Spanish, with no English on any page', async ({ page }) => {
  await completeJourney(page, 'thoughtsOfSuicide', 'pointer', 'es');
  await expect(page.locator('html')).toHaveAttribute('lang', 'es');
});

test('a whole journey in Arabic, right to left, then the summary printed in English', async ({ page }) => {
  const answers = await completeJourney(page, 'manyCautions', 'pointer', 'ar');
  await expect(page.locator('html')).toHaveAttribute('dir', 'rtl');
  await expect(page.locator('html')).toHaveAttribute('lang', 'ar');
  expect(await printMargins(page)).toContain('@top-right');
  // On paper, right to left: the Arabic statement that this is not a diagnosis, and every point.
  const titles = buildSummary(answers).points.map((point) => ruleTitle('ar', point.ruleId));
  for (const format of ['A4', 'Letter'] as const) {
    const pdf = await printToPdf(page, format);
    expect(pdf.pages).toBeGreaterThan(2);
    test.info().annotations.push({ type: `pages ar ${format}`, description: String(pdf.pages) });
    expect(missingFromPdf(pdf.text, text('ar', 'summary', 'disclaimer'), 'rtl'), `${format}: the statement`).toEqual([]);
    for (const title of titles) expect(missingFromPdf(pdf.text, title, 'rtl'), `${format}: ${title}`).toEqual([]);
  }

  // As a person does: focus the list, then choose.
  await page.getByLabel(text('ar', 'common', 'language.summaryLanguage')).focus();
  await page.getByLabel(text('ar', 'common', 'language.summaryLanguage')).selectOption('en');
  const summary = page.locator('article.summary');
  await expect(summary).toHaveAttribute('lang', 'en');
  await expect(summary).toHaveAttribute('dir', 'ltr');
  // The page's h1 stays in the page's language; the summary's own title, printed, is in English.
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(text('ar', 'summary', 'title'));
  // The tab is still named in the page's language, Arabic, which <html lang> says it is in (it is
  // renamed once the page has painted and the browser is idle).
  await untilQuiet(page);
  await expect(page).toHaveTitle(new RegExp(`^${text('ar', 'summary', 'title')}`));
  await page.emulateMedia({ media: 'print' });
  await expect(summary.getByRole('heading', { level: 2, name: text('en', 'summary', 'title') })).toBeVisible();
  await expect(page.getByRole('heading', { level: 1 })).toHaveCount(0);
  await expect(summary.getByText(text('en', 'summary', 'disclaimer'))).toBeVisible();
  await expect(summary.getByRole('heading', { name: text('en', 'rules', 'aneurysm.title') })).toBeVisible();
  await page.emulateMedia({ media: 'screen' });

  // Bilingual print: English for the clinic, then Arabic for the patient, each part marked with its language.
  await page.getByLabel(text('ar', 'common', 'language.secondLanguage')).focus();
  await page.getByLabel(text('ar', 'common', 'language.secondLanguage')).selectOption('ar');
  const parts = page.locator('article.summary');
  await expect(parts).toHaveCount(2);
  await expect(parts.nth(1)).toHaveAttribute('lang', 'ar');
  await expect(parts.nth(1)).toHaveAttribute('dir', 'rtl');
  await expect(parts.nth(1).getByText(text('ar', 'summary', 'disclaimer'))).toBeVisible();
  // One page, one h1: the second language's copy is titled by an h2.
  await expect(page.getByRole('heading', { level: 1 })).toHaveCount(1);
  await expect(parts.nth(1).getByRole('heading', { level: 2, name: text('ar', 'summary', 'title') })).toBeVisible();
  await expectAccessiblePage(page, 'bilingual summary');
  const pages = await printedPages(page, 'A4');
  test.info().annotations.push({ type: 'pages bilingual A4', description: String(pages) });
  expect(pages).toBeGreaterThan(20);

  // Side by side: both languages on each sheet, in two columns, fewer pages than one after the other.
  await page.getByLabel(text('ar', 'common', 'language.layouts.sideBySide')).check();
  // On screen too, each column begins with its title, in its language, so what follows lines up.
  const columnTitles = parts.getByRole('heading', { level: 2, name: new RegExp(`^(${text('en', 'summary', 'title')}|${text('ar', 'summary', 'title')})$`) });
  await expect(columnTitles).toHaveCount(2);
  const titleTops = await columnTitles.evaluateAll((titles) => titles.map((title) => Math.round(title.getBoundingClientRect().top)));
  expect(new Set(titleTops).size, 'both columns start with their titles, level').toBe(1);
  await page.emulateMedia({ media: 'print' });
  const tops = await parts.evaluateAll((articles) => articles.map((article) => Math.round(article.getBoundingClientRect().top)));
  await page.emulateMedia({ media: 'screen' });
  expect(new Set(tops).size, 'both languages start at the top of the same sheet').toBe(1);
  const sideBySide = await printToPdf(page, 'A4');
  test.info().annotations.push({ type: 'pages bilingual side by side A4', description: String(sideBySide.pages) });
  expect(sideBySide.pages).toBeLessThan(pages);
  expect(missingFromPdf(sideBySide.text, text('en', 'summary', 'disclaimer'), 'ltr')).toEqual([]);
  expect(missingFromPdf(sideBySide.text, text('ar', 'summary', 'disclaimer'), 'rtl')).toEqual([]);

  // Making the second language the main one leaves one copy, and choosing another main language
  // later does not bring the second copy back unasked.
  await page.getByLabel(text('ar', 'common', 'language.summaryLanguage')).selectOption('ar');
  await expect(parts).toHaveCount(1);
  await page.getByLabel(text('ar', 'common', 'language.summaryLanguage')).selectOption('en');
  await expect(parts).toHaveCount(1);
  await expect(page.getByLabel(text('ar', 'common', 'language.secondLanguage'))).toHaveValue('');
});

test('switching language mid-journey keeps the page and every answer', async ({ page }) => {
  await page.goto('/');
  await press(page, text('en', 'common', 'start.startNow'), 'pointer');
  await page.getByLabel(text('en', 'questionnaire', 'fields.age.label')).fill('51');
  await press(page, text('en', 'common', 'continue'), 'pointer');
  await expectHeading(page, text('en', 'questionnaire', 'fields.sexAtBirth.label'));
  // Where the answers are kept is not read out again in the new language: screen readers do not
  // announce the first text of a live region, and the new language's text is in a new one.
  const whereKept = page.locator('.your-answers [aria-live]');
  await whereKept.evaluate((region) => region.setAttribute('data-before-switch', ''));
  await page.getByRole('button', { name: 'Español' }).click();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(text('es', 'questionnaire', 'fields.sexAtBirth.label'));
  await expect(whereKept).toHaveText(text('es', 'common', 'draft.whereSession'));
  await expect(whereKept).not.toHaveAttribute('data-before-switch');
  await expect(page.locator('html')).toHaveAttribute('lang', 'es');
  await page.getByRole('button', { name: text('es', 'common', 'back') }).click();
  await expect(page.getByLabel(text('es', 'questionnaire', 'fields.age.label'))).toHaveValue('51');
  await page.getByRole('button', { name: 'العربية' }).click();
  await expect(page.locator('html')).toHaveAttribute('dir', 'rtl');
  await expect(page.getByLabel(text('ar', 'questionnaire', 'fields.age.label'))).toHaveValue('51');
  await page.reload();
  await expect(page.getByLabel(text('ar', 'questionnaire', 'fields.age.label'))).toHaveValue('51');
});

test('a language asked for by the address lasts the tab; one chosen later outlasts Back and reloads', async ({ page }) => {
  await page.goto('/?lng=es');
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(text('es', 'common', 'start.title'));
  await expect(page).toHaveURL(/\/$/);
  await press(page, text('es', 'common', 'start.startNow'), 'pointer');
  await expectHeading(page, text('es', 'questionnaire', 'fields.age.label'));
  await page.getByLabel(text('es', 'questionnaire', 'fields.age.label')).fill('51');
  await press(page, text('es', 'common', 'continue'), 'pointer');
  await expectHeading(page, text('es', 'questionnaire', 'fields.sexAtBirth.label'));
  await page.reload();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(text('es', 'questionnaire', 'fields.sexAtBirth.label'));
  await page.getByRole('button', { name: 'English' }).click();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(text('en', 'questionnaire', 'fields.sexAtBirth.label'));
  await untilQuiet(page);
  await page.reload();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(text('en', 'questionnaire', 'fields.sexAtBirth.label'));
  await expect(page.locator('html')).toHaveAttribute('lang', 'en');
  // The page before was first shown in Spanish, at the address that asked for it.
  await page.goBack();
  await page.reload();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(text('en', 'questionnaire', 'fields.age.label'));
});

test('"Clear my answers" leaves the page in its language, for a reload too', async ({ page }) => {
  await page.goto('/?lng=es');
  await press(page, text('es', 'common', 'start.startNow'), 'pointer');
  await expectHeading(page, text('es', 'questionnaire', 'fields.age.label'));
  await page.getByLabel(text('es', 'questionnaire', 'fields.age.label')).fill('51');
  await press(page, text('es', 'common', 'continue'), 'pointer');
  await expectHeading(page, text('es', 'questionnaire', 'fields.sexAtBirth.label'));
  await page.getByRole('button', { name: text('es', 'common', 'draft.clear') }).click();
  // Waits, too, for the start page's history entry: a reload before it would be of the question's address.
  await expectHeading(page, text('es', 'common', 'start.title'));
  await page.reload();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(text('es', 'common', 'start.title'));
});

test('in a tab that cannot store anything, a language chosen on the page goes into the address and outlasts a reload', async ({ page }) => {
  await blockStorage(page);
  await page.goto('/?lng=es&page=continue');
  await expectHeading(page, text('es', 'questionnaire', 'fields.age.label'));
  await page.getByRole('button', { name: 'English' }).click();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(text('en', 'questionnaire', 'fields.age.label'));
  await expect(page).toHaveURL(/[?&]lng=en(&|$)/);
  await page.reload();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(text('en', 'questionnaire', 'fields.age.label'));
});

test('a language whose text cannot be fetched leaves the page as it was and says so; pressing again switches', async ({ page }) => {
  await page.goto('/?page=continue');
  await expectHeading(page, text('en', 'questionnaire', 'fields.age.label'));
  let offline = true;
  await page.route(/\/assets\/locale-es-/, (route) => (offline ? route.abort('internetdisconnected') : route.continue()));
  const spanish = page.getByRole('button', { name: 'Español' });
  await spanish.click();
  await expect(page.getByRole('alert')).toHaveText(text('en', 'common', 'language.loadFailed'));
  // Still wholly English: its text, the page's language for screen readers, and the list's current language.
  await expect(page.locator('html')).toHaveAttribute('lang', 'en');
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(text('en', 'questionnaire', 'fields.age.label'));
  await expect(page.locator('[aria-current="true"]')).toHaveText('English');
  await expectAccessiblePage(page, 'a language that did not load');

  offline = false;
  await spanish.click();
  await expectHeading(page, text('es', 'questionnaire', 'fields.age.label'));
  await expect(page.locator('html')).toHaveAttribute('lang', 'es');
  await expect(page.getByRole('alert')).toHaveCount(0);
});

test('on the Arabic crisis page, an English helpline name keeps its own word order', async ({ page }) => {
  await keepAnswersInTab(page, answersOf('thoughtsOfSuicide'), { kind: 'safety' });
  await page.goto('/?page=support&lng=ar');
  const name = page.getByText(text('ar', 'safety', 'lines.us988.name'));
  await expect(name).toBeVisible();
  // Where the number and the first English word of "988 Suicide & Crisis Lifeline" are drawn.
  const [number, word] = await name.evaluate((element) => {
    const textNode = [...element.childNodes].find((node) => node.nodeType === Node.TEXT_NODE && node.textContent?.includes('Suicide')) as Text;
    const at = (offset: number) => {
      const range = document.createRange();
      range.setStart(textNode, offset);
      range.setEnd(textNode, offset + 1);
      return range.getBoundingClientRect().left;
    };
    const english = textNode.data.indexOf('Suicide');
    return [at(textNode.data.lastIndexOf('988', english)), at(english)];
  });
  expect(number, 'the number before the words, left to right').toBeLessThan(word);
});
