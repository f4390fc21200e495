import { expect, test, type Page } from '@playwright/test';
import { answersOf, type PersonaName } from '#tests/fixtures/personas.ts';
import { completeJourney, en, expectAccessiblePage, expectVisibleFocus, keepAnswersInTab, press, text, wordsBrokenInside } from './journey-driver.ts';

/**
 * Every persona in every offered language, each page checked at 1280 and 320 px (axe, no sideways
 * scrolling, focus kept). The English journeys and one journey per other language, with their own
 * checks, are in journeys.spec.ts and languages.spec.ts; these are the rest of the grid.
 */
const remaining: [PersonaName, string][] = [
  ['nothingToDiscuss', 'es'],
  ['manyCautions', 'es'],
  ['olderAdultOtherBranches', 'es'],
  ['nothingToDiscuss', 'ar'],
  ['thoughtsOfSuicide', 'ar'],
  ['olderAdultOtherBranches', 'ar'],
];

for (const [persona, language] of remaining) {
  test(`every page of the ${persona} journey in ${language} passes the accessibility checks at both widths`, async ({ page }) => {
    await completeJourney(page, persona, 'pointer', language);
  });
}

test('the accessibility statement gives the standard, the testing, the gaps and the clinic to contact', async ({ page }) => {
  await page.goto('/');
  await page.getByRole('link', { name: en('common', 'footer.accessibility') }).click();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(en('accessibility', 'title'));
  for (const key of ['standardTitle', 'testedTitle', 'gapsTitle', 'reportTitle']) {
    await expect(page.getByRole('heading', { level: 2, name: en('accessibility', key) })).toBeVisible();
  }
  await expect(page.getByText(en('accessibility', 'standard'))).toBeVisible();
  for (const gap of ['people', 'translations', 'pdf', 'largeText', 'qr']) {
    await expect(page.getByRole('listitem').filter({ hasText: en('accessibility', `gaps.${gap}`) })).toBeVisible();
  }
  await expect(page.getByRole('link', { name: 'intake@example.org' })).toHaveAttribute('href', 'mailto:intake@example.org');
  await expect(page.getByRole('link', { name: /\+1 555 010 0199/ })).toHaveAttribute('href', 'tel:+15550100199');
  await expectAccessiblePage(page, 'accessibility statement');
  await page.getByRole('button', { name: 'العربية' }).click();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(text('ar', 'accessibility', 'title'));
  await expectAccessiblePage(page, 'accessibility statement in Arabic');
});

test('"Exit this page" is on the accessibility statement too, and leaves with the tab\'s answers removed', async ({ page }) => {
  const exitAddress = 'https://www.bbc.co.uk/weather';
  await page.route(`${exitAddress}**`, (route) => route.fulfill({ contentType: 'text/html', body: '<title>Weather</title>' }));
  await page.goto('/');
  await press(page, en('common', 'start.startNow'), 'pointer');
  await page.getByLabel(en('questionnaire', 'fields.age.label')).fill('40');
  await press(page, en('common', 'continue'), 'pointer');
  await page.getByRole('link', { name: en('common', 'footer.accessibility') }).click();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(en('accessibility', 'title'));
  await expect(page.getByRole('link', { name: en('common', 'exitThisPage.button') })).toBeVisible();
  await page.locator('body').click({ position: { x: 1, y: 1 } });
  for (let presses = 0; presses < 3; presses++) await page.keyboard.press('Shift');
  await page.waitForURL(exitAddress);
  // Back again, the questionnaire has no answers to show.
  await page.goBack();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(en('questionnaire', 'fields.age.label'));
  await expect(page.getByLabel(en('questionnaire', 'fields.age.label'))).toHaveValue('');
});

test('the table of medicines tried keeps every word whole, on a phone by scrolling in its own box, and in Arabic', async ({ page }) => {
  await keepAnswersInTab(page, answersOf('manyCautions'), { kind: 'summary' });
  for (const [language, width] of [['en', 320], ['ar', 320], ['en', 700], ['ar', 700]] as const) {
    await page.setViewportSize({ width, height: 900 });
    await page.goto(`/?page=summary&lng=${language}`);
    await expect(page.getByRole('heading', { level: 1 })).toHaveText(text(language, 'summary', 'title'));
    // Each cell is at least as wide as its longest word set on one line.
    const cramped = await wordsBrokenInside(page.locator('.summary .table :is(th, td)'));
    expect(cramped, `words broken inside (${language}, ${width} px)`).toEqual([]);
    // The page itself never scrolls sideways; on a phone the table's box does, by keyboard too.
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(width);
    const box = page.getByRole('region', { name: text(language, 'summary', 'trialsCaption') }).first();
    if (width === 320) {
      expect(await box.evaluate((element) => element.scrollWidth > element.clientWidth)).toBe(true);
      await box.focus();
      await page.keyboard.press(language === 'ar' ? 'ArrowLeft' : 'ArrowRight');
      await expect.poll(() => box.evaluate((element) => Math.abs(element.scrollLeft))).toBeGreaterThan(0);
    }
  }
});

test('a new page opens at its top with its heading focused, even when Continue was pressed at the bottom of the last', async ({ page }) => {
  await page.setViewportSize({ width: 320, height: 360 });
  await page.goto('/');
  await press(page, en('common', 'start.startNow'), 'pointer');
  await page.getByLabel(en('questionnaire', 'fields.age.label')).fill('40');
  await page.evaluate(() => window.scrollTo(0, document.documentElement.scrollHeight));
  expect(await page.evaluate(() => window.scrollY), 'the age page is taller than the window').toBeGreaterThan(0);
  await press(page, en('common', 'continue'), 'pointer');
  const heading = page.getByRole('heading', { level: 1 });
  await expect(heading).toHaveText(en('questionnaire', 'fields.sexAtBirth.label'));
  await expect(heading).toBeFocused();
  expect(await page.evaluate(() => window.scrollY)).toBe(0);
});

test('the page built ahead out of sight cannot be seen or reached with Tab, and takes no room', async ({ page }) => {
  await page.goto('/');
  await press(page, en('common', 'start.startNow'), 'pointer');
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(en('questionnaire', 'fields.age.label'));
  const nextHeading = page.locator('h1', { hasText: en('questionnaire', 'fields.sexAtBirth.label') });
  await expect(nextHeading).toBeAttached();
  await expect(nextHeading).toBeHidden();
  await expect(page.getByRole('radio')).toHaveCount(0);

  const focusedOnHiddenPage: string[] = [];
  for (let presses = 0; presses < 40; presses++) {
    await page.keyboard.press('Tab');
    const hidden = await page.evaluate(() => {
      const focused = document.activeElement;
      return focused?.closest('[aria-hidden="true"]') ? `${focused.tagName} ${focused.textContent ?? ''}` : null;
    });
    if (hidden) focusedOnHiddenPage.push(hidden);
  }
  expect(focusedOnHiddenPage).toEqual([]);
  const heightOfHiddenPage = await nextHeading.evaluate((heading) => heading.closest('[aria-hidden="true"]')?.getBoundingClientRect().height);
  expect(heightOfHiddenPage, 'the page built ahead takes no room').toBe(0);
});

test.describe('on a phone\'s touch screen', () => {
  test.use({ hasTouch: true, isMobile: true, viewport: { width: 360, height: 640 } });

  test('taps answer questions and turn pages', async ({ page }) => {
    await page.goto('/');
    await page.getByRole('button', { name: en('common', 'start.startNow') }).tap();
    await expect(page.getByRole('heading', { level: 1 })).toHaveText(en('questionnaire', 'fields.age.label'));
    await page.getByLabel(en('questionnaire', 'fields.age.label')).tap();
    await page.keyboard.type('40');
    await page.getByRole('button', { name: en('common', 'continue') }).tap();
    await expect(page.getByRole('heading', { level: 1 })).toHaveText(en('questionnaire', 'fields.sexAtBirth.label'));
    const female = page.getByRole('radio', { name: en('questionnaire', 'options.sexAtBirth.female') });
    await female.tap();
    await expect(female).toBeChecked();
    await page.getByRole('button', { name: en('common', 'continue') }).tap();
    await expect(page.getByRole('heading', { level: 1 })).toHaveText(en('questionnaire', 'steps.pregnancy.title'));
  });
});

test('in forced colours (high contrast), controls, focus and errors stay visible', async ({ page }) => {
  await page.emulateMedia({ forcedColors: 'active' });
  await page.goto('/');
  await press(page, en('common', 'start.startNow'), 'pointer');
  await press(page, en('common', 'continue'), 'pointer');
  const errors = page.getByRole('alert');
  await expect(errors).toBeFocused();
  const borders = await errors.evaluate((element) => getComputedStyle(element).borderTopStyle);
  expect(borders, 'the error summary keeps its border').not.toBe('none');
  await page.keyboard.press('Tab');
  await expectVisibleFocus(page);
  await page.screenshot({ path: test.info().outputPath('forced-colours-error.png'), fullPage: true });
  const field = page.getByLabel(en('questionnaire', 'fields.age.label'));
  await field.focus();
  await expectVisibleFocus(page);
  const fieldBorder = await field.evaluate((element) => getComputedStyle(element).borderTopStyle);
  expect(fieldBorder).not.toBe('none');
  await page.screenshot({ path: test.info().outputPath('forced-colours-focus.png'), fullPage: true });
});

test('with reduced motion asked for, nothing on the pages moves', async ({ page }) => {
  await page.emulateMedia({ reducedMotion: 'reduce' });
  await page.goto('/');
  await press(page, en('common', 'start.startNow'), 'pointer');
  await page.getByLabel(en('questionnaire', 'fields.age.label')).fill('40');
  await press(page, en('common', 'continue'), 'pointer');
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(en('questionnaire', 'fields.sexAtBirth.label'));
  const moving = await page.evaluate(() =>
    [...document.querySelectorAll('*')]
      .filter((element) => {
        const style = getComputedStyle(element);
        return style.transitionDuration.split(',').some((part) => Number.parseFloat(part) > 0) || style.animationName !== 'none';
      })
      .map((element) => element.tagName),
  );
  expect(moving).toEqual([]);
  expect(await page.evaluate(() => document.getAnimations().length)).toBe(0);
});

/** The PHQ-9 page, its ten questions unanswered, after Continue. */
async function pressContinueOnEmptyPhq9(page: Page): Promise<void> {
  const answers = Object.fromEntries(Object.entries(answersOf('nothingToDiscuss')).filter(([id]) => !id.startsWith('phq9')));
  await keepAnswersInTab(page, answers, { kind: 'step', stepId: 'phq9' });
  await page.goto('/?page=phq9');
  await press(page, 'Continue', 'pointer');
}

test('on a phone, the error summary of a long page opens with "There is a problem" at the top of the screen', async ({ page }) => {
  await page.setViewportSize({ width: 360, height: 740 });
  await pressContinueOnEmptyPhq9(page);
  const title = page.getByRole('heading', { level: 2, name: en('common', 'errorSummaryTitle') });
  await expect(page.getByRole('alert')).toBeFocused();
  // Nine questions left empty make a summary taller than the screen; its title must still be in view.
  const top = await title.evaluate((element) => element.getBoundingClientRect().top);
  expect(top).toBeGreaterThanOrEqual(0);
  expect(top).toBeLessThan(740 / 2);
});

test('on a phone, each link of the error summary focuses its answer with the question at the top of the screen', async ({ page }) => {
  await page.setViewportSize({ width: 320, height: 640 });
  await pressContinueOnEmptyPhq9(page);
  const links = page.getByRole('alert').getByRole('link');
  await expect(links).toHaveCount(10);
  for (const index of [0, 5, 7, 8, 9]) {
    await links.nth(index).focus();
    await page.keyboard.press('Enter');
    const question = page.locator(':focus').locator('xpath=ancestor::fieldset[1]/legend');
    await expect(page.locator(':focus'), `link ${index + 1}`).toHaveAttribute('type', 'radio');
    const top = await question.evaluate((legend) => legend.getBoundingClientRect().top);
    expect(top, `question of link ${index + 1}`).toBeGreaterThan(-1);
    expect(top, `question of link ${index + 1}`).toBeLessThan(640 / 2);
  }
  // A box in a group: the group's question, not the box's own label ("Month"), goes to the top.
  await page.goto('/?page=episode-start');
  await page.getByLabel(en('common', 'monthYear.month')).fill('13');
  await press(page, 'Continue', 'pointer');
  await page.getByRole('alert').getByRole('link').first().focus();
  await page.keyboard.press('Enter');
  await expect(page.getByLabel(en('common', 'monthYear.month'))).toBeFocused();
  const legendTop = await page.locator('.page:not(.page--ahead) legend').evaluate((legend) => legend.getBoundingClientRect().top);
  expect(legendTop).toBeGreaterThan(-1);
  expect(legendTop).toBeLessThan(640 / 2);
});

test('on a phone, the error summary\'s link for an empty list of medicines keeps the list\'s question on screen', async ({ page }) => {
  const { antidepressantTrials: _none, ...answers } = answersOf('nothingToDiscuss');
  await keepAnswersInTab(page, answers, { kind: 'step', stepId: 'antidepressant-trials' });
  await page.setViewportSize({ width: 320, height: 640 });
  await page.goto('/?page=antidepressant-trials');
  await page.locator('.page:not(.page--ahead)').getByRole('button', { name: en('common', 'trialList.remove').replace('{{number}}', '1') }).click();
  await press(page, 'Continue', 'pointer');
  await page.getByRole('alert').getByRole('link').first().focus();
  await page.keyboard.press('Enter');
  await expect(page.getByRole('button', { name: en('common', 'trialList.addFirst') })).toBeFocused();
  const headingTop = await page.locator('.page:not(.page--ahead) h1').evaluate((heading) => heading.getBoundingClientRect().top);
  expect(headingTop).toBeGreaterThan(-1);
  expect(headingTop).toBeLessThan(640 / 2);
});

test('on a phone, an answer changed from "Check your answers" returns the person to its row, focused and in view, after the skip link too', async ({ page }) => {
  await keepAnswersInTab(page, answersOf('manyCautions'), { kind: 'checkAnswers' });
  await page.setViewportSize({ width: 360, height: 740 });
  await page.goto('/?page=check-answers');
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(en('common', 'checkAnswers.title'));
  const question = en('questionnaire', 'fields.rideHome.summaryLabel');
  const change = page.getByRole('button', { name: `${en('common', 'checkAnswers.change')} ${question}` });
  await press(page, `${en('common', 'checkAnswers.change')} ${question}`, 'keyboard');
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(en('questionnaire', 'fields.rideHome.label'));
  // The skip link changes only the address's fragment: the person is still changing that answer.
  const skip = page.getByRole('link', { name: en('common', 'skipToContent') });
  await skip.focus();
  await page.keyboard.press('Enter');
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(en('questionnaire', 'fields.rideHome.label'));
  await press(page, en('common', 'continue'), 'keyboard');
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(en('common', 'checkAnswers.title'));
  await expect(change).toBeFocused();
  // Many screens down the page on a phone: the row is on screen, not the top of the page.
  expect(await page.evaluate(() => window.scrollY)).toBeGreaterThan(740 * 3);
  await expect(change).toBeInViewport();
  await expectVisibleFocus(page);
});

test('with text at 200% on a 320 px screen, pages do not scroll sideways and the headings of these keep their words whole, Arabic ones too', async ({ page }) => {
  // The browser's own text size setting, which media queries in em follow, as a person would set it.
  const browser = await page.context().newCDPSession(page);
  await browser.send('Page.setFontSizes', { fontSizes: { standard: 32 } });
  await keepAnswersInTab(page, answersOf('thoughtsOfSuicide'), { kind: 'safety' });
  await page.setViewportSize({ width: 320, height: 640 });
  for (const [address, language] of [['support', 'ar'], ['phq9', 'ar'], ['age', 'ar'], ['phq9', 'es'], ['support', 'en'], ['summary', 'es']] as const) {
    await page.goto(`/?page=${address}&lng=${language}`);
    const heading = page.locator('.page:not(.page--ahead) h1');
    await expect(heading).toBeVisible();
    expect(await page.evaluate(() => parseFloat(getComputedStyle(document.body).fontSize)), 'text is enlarged').toBeGreaterThan(35);
    // The page's heading: an h1, or the legend or label that is one.
    expect(await wordsBrokenInside(page.locator('.page:not(.page--ahead) :is(h1, .fieldset__legend--l, .label--l)')), `${address} in ${language}`).toEqual([]);
    expect(await page.evaluate(() => document.documentElement.scrollWidth), `${address} in ${language} scrolls sideways`).toBeLessThanOrEqual(320);
  }
});
