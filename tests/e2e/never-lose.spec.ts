import { expect, test, type Page } from '@playwright/test';
import { stepSignalsCrisis, visibleSteps } from '#src/questionnaire/flow.ts';
import type { Answers } from '#src/questionnaire/fields.ts';
import { stepById } from '#src/questionnaire/steps.ts';
import { answersOf } from '#tests/fixtures/personas.ts';
import { answerField, blockStorage, completeJourney, en, expectedHeading, expectHeading, keepAnswersInTab, origin, press, untilQuiet, watchPage } from './journey-driver.ts';

const exitAddress = 'https://www.bbc.co.uk/weather';
/** The address of a page: its name in the `page` parameter. */
const addressNaming = (pageName: string) => new RegExp(`[?&]page=${pageName}(&|$)`);
const storedItems = (page: Page) => page.evaluate(() => sessionStorage.length + localStorage.length);

/** Opens Check your answers with every answer given, as a reload there would. */
async function openCheckAnswers(page: Page, answers: Answers): Promise<void> {
  await keepAnswersInTab(page, answers, { kind: 'checkAnswers' });
  await page.goto('/?page=check-answers');
  await expectHeading(page, en('common', 'checkAnswers.title'));
}

/** Answers the first `count` pages of a persona, from the start page; gives every page's heading, in order. */
async function answerFirstPages(page: Page, count: number): Promise<string[]> {
  const answers = answersOf('nothingToDiscuss');
  await page.goto('/');
  await press(page, en('common', 'start.startNow'), 'pointer');
  for (const step of visibleSteps(answers).slice(0, count)) {
    await expectHeading(page, expectedHeading(step, answers));
    for (const id of step.fields) await answerField(page, id, answers, 'pointer');
    await press(page, 'Continue', 'pointer');
  }
  return visibleSteps(answers).map((step) => expectedHeading(step, answers));
}

test('reloading on every page of a journey keeps the page and every answer', async ({ page }) => {
  const checks = watchPage(page, origin);
  const answers = answersOf('thoughtsOfSuicide');
  await page.goto('/');
  await press(page, en('common', 'start.startNow'), 'pointer');
  for (const step of visibleSteps(answers)) {
    await expectHeading(page, expectedHeading(step, answers));
    await expect(page).toHaveURL(addressNaming(step.id));
    await page.reload();
    await expectHeading(page, expectedHeading(step, answers));
    for (const id of step.fields) await answerField(page, id, answers, 'pointer');
    await press(page, 'Continue', 'pointer');
    if (stepSignalsCrisis(step, answers)) {
      await expectHeading(page, en('safety', 'title'));
      await expect(page).toHaveURL(addressNaming('support'));
      await page.reload();
      await expectHeading(page, en('safety', 'title'));
      await press(page, en('safety', 'continue'), 'pointer');
    }
  }
  await expectHeading(page, en('common', 'checkAnswers.title'));
  await expect(page.getByRole('term')).toHaveCount(Object.keys(answers).length);
  await expect(page.getByRole('definition').getByText('29', { exact: true })).toBeVisible();
  await press(page, en('common', 'checkAnswers.confirm'), 'pointer');
  await expectHeading(page, en('summary', 'title'));
  await expect(page).toHaveURL(addressNaming('summary'));
  await page.reload();
  await expectHeading(page, en('summary', 'title'));
  await expect(page.getByRole('region', { name: en('summary', 'safetyTitle') })).toBeVisible();
  expect(checks.consoleErrors).toEqual([]);
  expect(checks.foreignRequests).toEqual([]);
});

test('after a reload, Back goes to the page before, not to the start page', async ({ page }) => {
  const [first, second, third] = await answerFirstPages(page, 2);
  await expectHeading(page, third ?? '');
  await untilQuiet(page);
  await page.reload();
  await expectHeading(page, third ?? '');
  await untilQuiet(page);
  await page.goBack();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(second ?? '');
  await page.goBack();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(first ?? '');
});

test('Forward pressed at once after Continue, onto the same page, adds no second entry for it', async ({ page }) => {
  const [first, second] = await answerFirstPages(page, 1);
  await expectHeading(page, second ?? '');
  await untilQuiet(page);
  await page.goBack();
  await expectHeading(page, first ?? '');
  await untilQuiet(page);
  // In the same task as the press, so that Forward comes before the new page's own history entry,
  // which waits for its paint: the entry already there serves.
  await page.getByRole('button', { name: 'Continue', exact: true }).evaluate((button: HTMLButtonElement) => {
    button.click();
    history.forward();
  });
  await expectHeading(page, second ?? '');
  await untilQuiet(page);
  await page.goBack();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(first ?? '');
});

test("the browser's back and forward buttons walk the whole journey with answers intact", async ({ page }) => {
  const checks = watchPage(page, origin);
  const answers = await completeJourney(page, 'nothingToDiscuss', 'pointer', 'en', { checkEachPage: false });
  const headings = visibleSteps(answers).map((step) => expectedHeading(step, answers));
  await page.goBack();
  await expectHeading(page, en('common', 'checkAnswers.title'));
  for (const heading of [...headings].reverse()) {
    await page.goBack();
    await expect(page.getByRole('heading', { level: 1 })).toHaveText(heading);
  }
  await expect(page.getByLabel(headings[0] ?? '')).toHaveValue('42');
  await page.goBack();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(en('common', 'start.title'));
  for (const heading of headings) {
    await page.goForward();
    await expect(page.getByRole('heading', { level: 1 })).toHaveText(heading);
  }
  await page.goForward();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(en('common', 'checkAnswers.title'));
  await page.goForward();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(en('summary', 'title'));
  expect(checks.consoleErrors).toEqual([]);
  expect(checks.foreignRequests).toEqual([]);
});

test('the crisis page, come back to by Back and Forward, leads on to the question after the one that brought it up', async ({ page }) => {
  const answers = answersOf('thoughtsOfSuicide');
  const nextQuestion = stepById('suicidal-thoughts-now');
  await keepAnswersInTab(page, answers, { kind: 'step', stepId: 'phq9' });
  await page.goto('/?page=phq9');
  await expectHeading(page, en('questionnaire', 'steps.phq9.title'));
  await press(page, 'Continue', 'pointer');
  await expectHeading(page, en('safety', 'title'));
  await page.goBack();
  await expectHeading(page, en('questionnaire', 'steps.phq9.title'));
  await page.goForward();
  await expectHeading(page, en('safety', 'title'));
  await press(page, en('safety', 'continue'), 'pointer');
  await expectHeading(page, expectedHeading(nextQuestion, answers));
  // On to the second crisis page, then two entries back at once: the first keeps its own address.
  await press(page, 'Continue', 'pointer');
  await expectHeading(page, en('safety', 'title'));
  await page.evaluate(() => history.go(-2));
  await expectHeading(page, en('safety', 'title'));
  await expect(page).toHaveURL(/[?&]then=suicidal-thoughts-now(&|$)/);
  await page.reload();
  await press(page, en('safety', 'continue'), 'pointer');
  await expectHeading(page, expectedHeading(nextQuestion, answers));
});

test('a page opened by "Change" still returns to Check your answers after a reload, or after Back and Forward', async ({ page }) => {
  const answers = answersOf('nothingToDiscuss');
  await openCheckAnswers(page, answers);
  const changeAge = page.getByRole('button', { name: /Change Age/ });
  // Back on Check your answers, at the row changed.
  const atAgeRow = async () => {
    await expect(page.getByRole('heading', { level: 1 })).toHaveText(en('common', 'checkAnswers.title'));
    await expect(changeAge).toBeFocused();
    await untilQuiet(page);
  };
  await changeAge.click();
  await expectHeading(page, en('questionnaire', 'fields.age.label'));
  await expect(page).toHaveURL(/[?&]change=age(&|$)/);
  await page.reload();
  await expectHeading(page, en('questionnaire', 'fields.age.label'));
  await press(page, 'Continue', 'pointer');
  await atAgeRow();
  await page.goBack();
  await expectHeading(page, en('questionnaire', 'fields.age.label'));
  await page.goForward();
  await atAgeRow();
  await page.goBack();
  await expectHeading(page, en('questionnaire', 'fields.age.label'));
  await press(page, 'Continue', 'pointer');
  await atAgeRow();
  // Such an address opened in a new tab is a question page, not the start page under its address.
  const fresh = await page.context().newPage();
  await fresh.goto('/?change=age');
  await expectHeading(fresh, en('questionnaire', 'fields.age.label'));
});

test('the crisis page brought up by a change returns to Check your answers after a reload, or after Back and Forward', async ({ page }) => {
  await openCheckAnswers(page, answersOf('nothingToDiscuss'));
  await page.getByRole('button', { name: /Change Thoughts of ending life, right now/ }).click();
  await expectHeading(page, en('questionnaire', 'fields.suicidalThoughtsNow.label'));
  await answerField(page, 'suicidalThoughtsNow', { suicidalThoughtsNow: 'yes' }, 'pointer');
  await press(page, 'Continue', 'pointer');
  await expectHeading(page, en('safety', 'title'));
  await expect(page).toHaveURL(/[?&]then=check-answers(&|$)/);
  await page.goBack();
  await expectHeading(page, en('questionnaire', 'fields.suicidalThoughtsNow.label'));
  await page.goForward();
  await expectHeading(page, en('safety', 'title'));
  await page.reload();
  await press(page, en('safety', 'continue'), 'pointer');
  await expectHeading(page, en('common', 'checkAnswers.title'));
});

test('Back out of a change that made new questions apply, onto Check your answers, asks those questions and returns to the row changed', async ({ page }) => {
  const answers = answersOf('nothingToDiscuss');
  await openCheckAnswers(page, answers);
  const changeSex = page.getByRole('button', { name: /Change Sex assigned at birth/ });
  await changeSex.click();
  await answerField(page, 'sexAtBirth', { sexAtBirth: 'female' }, 'pointer');
  await press(page, 'Continue', 'pointer');
  await expectHeading(page, en('questionnaire', 'steps.pregnancy.title'));
  await page.goBack();
  await expectHeading(page, en('questionnaire', 'fields.sexAtBirth.label'));
  await page.goBack();
  // Check your answers cannot be shown with the pregnancy questions unanswered: they are asked, as part of the change.
  await expectHeading(page, en('questionnaire', 'steps.pregnancy.title'));
  await expect(page).toHaveURL(/[?&]change=pregnancy(&|$)/);
  const female = { ...answers, sexAtBirth: 'female', pregnant: 'no', planningPregnancy: 'no', breastfeeding: 'no' } as const;
  for (const id of stepById('pregnancy').fields) await answerField(page, id, female, 'pointer');
  await press(page, 'Continue', 'pointer');
  // The drinks in a day are counted for a woman now: asked again, then back to Check your answers.
  await expectHeading(page, expectedHeading(stepById('substances-past-year'), female));
  await answerField(page, 'tapsHeavyDrinking', female, 'pointer');
  await press(page, 'Continue', 'pointer');
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(en('common', 'checkAnswers.title'));
  await expect(changeSex).toBeFocused();
});

test("the browser's Back from a page opened by \"Change\" shows the row changed, with focus on its Change", async ({ page }) => {
  await openCheckAnswers(page, answersOf('nothingToDiscuss'));
  const change = page.getByRole('button', { name: /PHQ-9 item 7/ });
  await change.click();
  await expectHeading(page, en('questionnaire', 'steps.phq9.title'));
  await page.goBack();
  await expect(change).toBeFocused();
  await untilQuiet(page);
  // The browser would put back the scroll the entry was saved with: the top of the page.
  await expect(change).toBeInViewport();
});

test('an address for a page not reached yet opens the first unanswered page', async ({ page }) => {
  await answerFirstPages(page, 2);
  await page.goto('/?page=ride-home');
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(en('questionnaire', 'fields.diagnosis.label'));
  expect(new URL(page.url()).searchParams.get('page')).toBe('diagnosis');
  await page.goto('/?page=summary');
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(en('questionnaire', 'fields.diagnosis.label'));
  await page.goto('/?page=no-such-page');
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(en('questionnaire', 'fields.diagnosis.label'));
});

test('saved answers that cannot be read are explained on whatever page the address opens', async ({ page }) => {
  await page.addInitScript(() => sessionStorage.setItem('ketamine-prescreen.draft', '{oops'));
  await page.goto('/?page=check-answers');
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(en('questionnaire', 'fields.age.label'));
  await expect(page.getByText(en('common', 'draft.notices.unreadable'))).toBeVisible();
  // It stays until the person moves on.
  await untilQuiet(page);
  await expect(page.getByText(en('common', 'draft.notices.unreadable'))).toBeVisible();
});

test('"Clear my answers" leaves nothing in either storage and returns to the start', async ({ page }) => {
  await answerFirstPages(page, 3);
  await page.getByRole('button', { name: /Keep my answers on this device/ }).click();
  await expect(page.getByText(/Your answers are kept on this device until/)).toBeVisible();
  expect(await storedItems(page)).toBe(2);
  await page.getByRole('button', { name: en('common', 'draft.clear') }).click();
  await expectHeading(page, en('common', 'start.title'));
  await expect(page.getByText(en('common', 'draft.notices.cleared'))).toBeVisible();
  expect(await storedItems(page)).toBe(0);
  await page.reload();
  await expect(page.getByRole('button', { name: en('common', 'start.startNow') })).toBeVisible();
  expect(await storedItems(page)).toBe(0);
});

test('keeping the answers on the device is announced, and "Clear my answers" on the start page leaves focus on its heading', async ({ page }) => {
  await answerFirstPages(page, 2);
  await page.getByRole('button', { name: /Keep my answers on this device/ }).click();
  // Only the text beside the button changes, so a screen reader is told as it does.
  await expect(page.locator('[aria-live="polite"]', { hasText: /Your answers are kept on this device until/ })).toBeVisible();
  await expect(page.getByRole('button', { name: en('common', 'draft.stopKeeping') })).toBeFocused();

  // On the start page, offering to continue, the button goes with the answers and the page stays.
  await page.goto('/');
  await page.getByRole('button', { name: en('common', 'draft.clear') }).click();
  await expect(page.getByText(en('common', 'draft.notices.cleared'))).toBeVisible();
  await expectHeading(page, en('common', 'start.title'));
});

test('answers kept on the device come back in a new tab, and both tabs are told the other is open', async ({ context, page }) => {
  await answerFirstPages(page, 2);
  await page.getByRole('button', { name: /Keep my answers on this device/ }).click();
  const second = await context.newPage();
  await second.goto('/');
  await second.getByRole('button', { name: en('common', 'start.continue') }).click();
  await expect(second.getByRole('heading', { level: 1 })).toHaveText(en('questionnaire', 'fields.diagnosis.label'));
  await expect(second.getByText(en('common', 'draft.openElsewhere'))).toBeVisible();
  await expect(page.getByText(en('common', 'draft.openElsewhere'))).toBeVisible();
});

test('with storage blocked, the whole questionnaire still works and says answers will not be kept', async ({ page }) => {
  await blockStorage(page);
  await page.goto('/');
  await expect(page.getByText(en('common', 'draft.noStorage'))).toBeVisible();
  await completeJourney(page, 'manyCautions', 'pointer', 'en', { checkEachPage: false });
});

test('"Exit this page" leaves at once, replaces the history entry and removes this tab\'s answers', async ({ page }) => {
  await page.route(`${exitAddress}**`, (route) => route.fulfill({ contentType: 'text/html', body: '<title>Weather</title>' }));
  await answerFirstPages(page, 2);
  await page.getByRole('link', { name: en('common', 'exitThisPage.button') }).click();
  await page.waitForURL(exitAddress);
  await page.goBack();
  // The page the person exited from is gone from history; the one before it comes back empty.
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(en('questionnaire', 'fields.age.label'));
  await expect(page.getByLabel(en('questionnaire', 'fields.age.label'))).toHaveValue('');
  expect(await page.evaluate(() => sessionStorage.getItem('ketamine-prescreen.draft') ?? '')).not.toContain('"age":42');
});

test('"Exit this page" leaves the answers the person chose to keep on the device', async ({ context, page }) => {
  await page.route(`${exitAddress}**`, (route) => route.fulfill({ contentType: 'text/html', body: '<title>Weather</title>' }));
  await answerFirstPages(page, 2);
  await page.getByRole('button', { name: /Keep my answers on this device/ }).click();
  await page.getByRole('link', { name: en('common', 'exitThisPage.button') }).click();
  await page.waitForURL(exitAddress);
  const later = await context.newPage();
  await later.goto('/');
  await later.getByRole('button', { name: en('common', 'start.continue') }).click();
  const answers = answersOf('nothingToDiscuss');
  const third = visibleSteps(answers).at(2);
  if (!third) throw new Error('the persona answers at least three pages');
  await expectHeading(later, expectedHeading(third, answers));
});

test('pressing Shift three times exits too', async ({ page }) => {
  await page.route(`${exitAddress}**`, (route) => route.fulfill({ contentType: 'text/html', body: '<title>Weather</title>' }));
  await answerFirstPages(page, 1);
  for (let press = 0; press < 3; press++) await page.keyboard.press('Shift');
  await page.waitForURL(exitAddress);
});
