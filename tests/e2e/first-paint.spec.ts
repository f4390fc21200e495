import { readFileSync } from 'node:fs';
import { expect, test, type Page } from '@playwright/test';
import { en, expectAccessiblePage, expectHeading, text } from './journey-driver.ts';

const exitAddress = 'https://www.bbc.co.uk/weather';
const example = JSON.parse(readFileSync(new URL('../../public/clinic.json', import.meta.url), 'utf8')) as Record<string, unknown>;

/** Whether React has rendered into the page's root (it marks the element it renders into). */
const appHasRun = (page: Page) => page.evaluate(() => Object.keys(document.getElementById('root') ?? {}).some((key) => key.startsWith('__reactContainer')));

test('the start page is in the built HTML, and "Start now" works before any script has run', async ({ browser }) => {
  const noScript = await browser.newContext({ javaScriptEnabled: false });
  const page = await noScript.newPage();
  await page.goto('/');
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(en('common', 'start.title'));
  await expect(page.getByText(en('common', 'start.whatItIsNot'))).toBeVisible();
  await expect(page.getByText(en('common', 'start.minimumAge').replace('{{age}}', '18'))).toBeVisible();
  // The build's language list has no development pseudo-locales.
  await expect(page.getByRole('navigation', { name: en('common', 'language.switcherLabel') }).getByRole('button')).toHaveText(['العربية', 'Español']);
  const start = page.getByRole('button', { name: en('common', 'start.startNow') });
  await expect(start).toHaveAttribute('href', '?page=continue');
  await noScript.close();

  // Followed once scripts run (as when it is pressed before they arrive), it opens the first question.
  const withScript = await browser.newContext();
  const later = await withScript.newPage();
  await later.goto('/?page=continue');
  await expectHeading(later, en('questionnaire', 'fields.age.label'));
  await withScript.close();
});

test('an untouched start page runs only its own small script, and fetches the questionnaire for later', async ({ page }) => {
  const fetched: string[] = [];
  page.on('requestfinished', (request) => fetched.push(new URL(request.url()).pathname));
  await page.goto('/');
  await expect.poll(() => fetched.some((path) => path.includes('/assets/framework-'))).toBe(true);
  await page.waitForTimeout(500);
  expect(await appHasRun(page)).toBe(false);
  await expect(page.getByRole('heading', { level: 1 })).not.toBeFocused();
  // The person's first touch, key or scroll runs the app's code, but the page stays as it is until they act.
  const questionnaireImported = () =>
    page.evaluate(() => performance.getEntriesByType('resource').some((entry) => /\/assets\/questionnaire-[\w-]{8}\.js$/.test(entry.name) && (entry as PerformanceResourceTiming).initiatorType === 'script'));
  expect(await questionnaireImported()).toBe(false);
  await page.mouse.wheel(0, 200);
  await expect.poll(questionnaireImported).toBe(true);
  // The later pages' code comes then too (the summary's is not fetched ahead), so that "Start now" waits only for rendering.
  await expect.poll(() => page.evaluate(() => performance.getEntriesByType('resource').some((entry) => entry.name.includes('/assets/summary-')))).toBe(true);
  expect(await appHasRun(page)).toBe(false);
});

test('"Start now" pressed with Ctrl or Cmd opens the questionnaire in a new tab and leaves this one as it was', async ({ page }) => {
  const startNow = page.getByRole('button', { name: en('common', 'start.startNow') });
  const openedByModifiedClick = async () => {
    const [opened] = await Promise.all([page.context().waitForEvent('page'), startNow.click({ modifiers: ['ControlOrMeta'] })]);
    await expectHeading(opened, en('questionnaire', 'fields.age.label'));
    await opened.close();
    await expect(page.getByRole('heading', { level: 1 })).toHaveText(en('common', 'start.title'));
  };
  // The prerendered page, before the app has it.
  await page.goto('/');
  await openedByModifiedClick();
  // The app's own start page, after Back from the first question.
  await startNow.click();
  await expectHeading(page, en('questionnaire', 'fields.age.label'));
  await page.getByRole('button', { name: en('common', 'back') }).click();
  await expectHeading(page, en('common', 'start.title'));
  expect(await appHasRun(page)).toBe(true);
  await openedByModifiedClick();
});

test('on the untouched start page "Start now" opens the first question, by pointer or with Space', async ({ page }) => {
  await page.goto('/');
  await page.getByRole('button', { name: en('common', 'start.startNow') }).click();
  await expectHeading(page, en('questionnaire', 'fields.age.label'));
  await expect(page).toHaveURL(/[?&]page=age(&|$)/);

  // A fresh visit again, with nothing to resume.
  await page.evaluate(() => sessionStorage.clear());
  await page.goto('/');
  await page.getByRole('button', { name: en('common', 'start.startNow') }).focus();
  await page.keyboard.press('Space');
  await expectHeading(page, en('questionnaire', 'fields.age.label'));
});

test('a second press on "Start now" while the questionnaire opens does not load the page again', async ({ page }) => {
  await page.goto('/');
  // A mark on this document: a page loaded again would not have it.
  await page.evaluate(() => Object.assign(window, { sameDocument: true }));
  // An impatient double tap: the second press lands while the app is still taking the page over.
  await page.getByRole('button', { name: en('common', 'start.startNow') }).dblclick();
  await expectHeading(page, en('questionnaire', 'fields.age.label'));
  expect(await page.evaluate(() => 'sameDocument' in window)).toBe(true);
  await expect(page).toHaveURL(/[?&]page=age(&|$)/);
});

test('"Start now" still opens the questionnaire, as a plain link, when the app\'s code cannot be fetched', async ({ page }) => {
  // As after a new version is put on the server: this document names files that are no longer there.
  let firstDocument = true;
  await page.route('**/assets/mount-app-*', (route) => (firstDocument ? route.fulfill({ status: 404 }) : route.continue()));
  page.on('framenavigated', (frame) => {
    if (frame === page.mainFrame() && new URL(frame.url()).search) firstDocument = false;
  });
  await page.goto('/');
  await page.getByRole('button', { name: en('common', 'start.startNow') }).click();
  await expectHeading(page, en('questionnaire', 'fields.age.label'));
});

test('a page whose code cannot be fetched says so in place of a blank page, and trying again loads the page anew', async ({ page }) => {
  let offline = true;
  await page.route(/\/assets\/questionnaire-[\w-]{8}\.js$/, (route) => (offline ? route.abort('internetdisconnected') : route.continue()));
  await page.goto('/');
  await page.getByRole('button', { name: en('common', 'start.startNow') }).click();
  await expectHeading(page, en('common', 'loadFailure.title'));
  await expect(page.getByText(en('common', 'loadFailure.lead'))).toBeVisible();
  await expect(page.getByRole('link', { name: en('common', 'exitThisPage.button') })).toBeVisible();
  await expectAccessiblePage(page, 'the page that could not load');

  // Trying again loads the page anew, at the address "Start now" leads to.
  offline = false;
  await page.getByRole('button', { name: en('common', 'loadFailure.tryAgain') }).click();
  await expectHeading(page, en('questionnaire', 'fields.age.label'));
});

test('when a changed clinic.json cannot be put up because the app\'s code is missing, the start page keeps working', async ({ page }) => {
  await page.route('**/clinic.json', (route) => route.fulfill({ contentType: 'application/json', body: JSON.stringify({ ...example, name: 'Harbour Clinic' }) }));
  // As after a new version is put on the server: only the first document names files that are gone.
  let documents = 0;
  page.on('framenavigated', (frame) => void (frame === page.mainFrame() && documents++));
  let missed = 0;
  await page.route('**/assets/mount-app-*', (route) => (documents > 1 ? route.continue() : (missed++, route.fulfill({ status: 404 }))));
  await page.goto('/');
  await expect.poll(() => missed).toBeGreaterThan(0);

  // "Start now" is a button to assistive technology: Space still presses it, and it opens the questionnaire.
  await page.getByRole('button', { name: en('common', 'start.startNow') }).focus();
  await page.keyboard.press('Space');
  await expectHeading(page, en('questionnaire', 'fields.age.label'));

  // A language button still switches the page to that language.
  await page.evaluate(() => sessionStorage.clear());
  documents = 0;
  missed = 0;
  await page.goto('/');
  await expect.poll(() => missed).toBeGreaterThan(0);
  // The page learns of the failure a moment after the response; a press before that is the
  // takeover's own, which ignores language buttons.
  await page.waitForTimeout(500);
  await page.getByRole('button', { name: 'Español' }).click();
  await expectHeading(page, text('es', 'common', 'start.title'));
});

test('"Start now" pressed while a changed clinic.json is being put up opens the questionnaire once it is', async ({ page }) => {
  await page.route('**/clinic.json', (route) => route.fulfill({ contentType: 'application/json', body: JSON.stringify({ ...example, name: 'Harbour Clinic' }) }));
  let release = () => {};
  const released = new Promise<void>((resolve) => (release = resolve));
  let asked = false;
  await page.route('**/assets/mount-app-*', async (route) => {
    asked = true;
    await released;
    await route.continue();
  });
  await page.goto('/');
  await expect.poll(() => asked).toBe(true);
  await page.evaluate(() => Object.assign(window, { sameDocument: true }));
  await page.getByRole('button', { name: en('common', 'start.startNow') }).click();
  release();
  await expectHeading(page, en('questionnaire', 'fields.age.label'));
  expect(await page.evaluate(() => 'sameDocument' in window)).toBe(true);
});

test('"Exit this page" pressed while the questionnaire opens still leaves at once, with no way back', async ({ page }) => {
  await page.route(`${exitAddress}**`, (route) => route.fulfill({ contentType: 'text/html', body: '<title>Weather</title>' }));
  // The questionnaire's code is held back until the person has left, so that it is still opening
  // when "Exit this page" is pressed, however quickly this machine would have opened it.
  let release = () => {};
  const released = new Promise<void>((resolve) => (release = resolve));
  await page.route('**/assets/questionnaire-*', async (route) => {
    await released;
    await route.continue().catch(() => undefined);
  });
  await page.goto('/');
  const questionnaireOrigin = new URL(page.url()).origin;
  await page.getByRole('button', { name: en('common', 'start.startNow') }).click();
  await page.getByRole('link', { name: en('common', 'exitThisPage.button') }).click();
  await page.waitForURL(exitAddress);
  release();
  // Leaving at once replaces the page's history entry, so Back does not bring the questionnaire up again.
  await page.goBack();
  expect(new URL(page.url()).origin).not.toBe(questionnaireOrigin);
});

test('a language chosen on the untouched start page shows it in that language, with focus on its heading', async ({ page }) => {
  await page.goto('/');
  await page.getByRole('button', { name: 'Español' }).click();
  await expectHeading(page, text('es', 'common', 'start.title'));
  await expect(page.locator('html')).toHaveAttribute('lang', 'es');
});

test('"Exit this page" and Shift three times leave the untouched start page at once', async ({ page }) => {
  await page.route(`${exitAddress}**`, (route) => route.fulfill({ contentType: 'text/html', body: '<title>Weather</title>' }));
  await page.goto('/');
  await page.getByRole('link', { name: en('common', 'exitThisPage.button') }).click();
  await page.waitForURL(exitAddress);

  await page.goto('/');
  await page.locator('body').click({ position: { x: 1, y: 1 } });
  for (let press = 0; press < 3; press++) await page.keyboard.press('Shift');
  await page.waitForURL(exitAddress);
});

test('a clinic.json changed since the build replaces the prerendered start page with the current one', async ({ page }) => {
  await page.route('**/clinic.json', (route) => route.fulfill({ contentType: 'application/json', body: JSON.stringify({ ...example, name: 'Harbour Clinic' }) }));
  await page.goto('/');
  await expect(page.getByRole('heading', { level: 2, name: en('common', 'start.clinicTitle').replace('{{clinic}}', 'Harbour Clinic') })).toBeVisible();
});

test('"Start now" runs the code the start page fetched ahead, without asking the server for it again', async ({ page }) => {
  // Hosted as README's Hosting section says (public/_headers), which `vite preview` follows.
  const cdp = await page.context().newCDPSession(page);
  await cdp.send('Network.enable');
  let started = false;
  const askedAfterStart: string[] = [];
  cdp.on('Network.responseReceived', ({ response }) => {
    if (started && !response.fromDiskCache && !response.fromPrefetchCache) askedAfterStart.push(new URL(response.url).pathname);
  });
  await page.goto('/');
  const fetchedAhead = await page.evaluate(() => document.getElementById('root')?.dataset.prefetch?.split(' ').filter(Boolean) ?? []);
  expect(fetchedAhead).toContainEqual(expect.stringMatching(/^\/assets\/questionnaire-/));
  const allFetched = () =>
    page.evaluate((files) => {
      const loaded = new Set(performance.getEntriesByType('resource').map((entry) => new URL(entry.name).pathname));
      return files.every((file) => loaded.has(file));
    }, fetchedAhead);
  await expect.poll(allFetched).toBe(true);
  started = true;
  await page.getByRole('button', { name: en('common', 'start.startNow') }).click();
  await expectHeading(page, en('questionnaire', 'fields.age.label'));
  expect(askedAfterStart.filter((path) => fetchedAhead.includes(path))).toEqual([]);
});
