import { expect, test, type Page } from '@playwright/test';
import { readFileSync } from 'node:fs';
import { buildSummary } from '#src/summary/build-summary.ts';
import { referenceCode } from '#src/summary/reference-code.ts';
import { answersOf, type PersonaName } from '#tests/fixtures/personas.ts';
import { en, expectAccessiblePage, keepAnswersInTab, origin, text, watchPage } from './journey-driver.ts';

const example = JSON.parse(readFileSync(new URL('../../public/clinic.json', import.meta.url), 'utf8')) as Record<string, unknown>;

/** Opens the summary of a finished questionnaire, as a reload of the summary page would. */
async function openSummary(page: Page, persona: PersonaName): Promise<string> {
  const answers = answersOf(persona);
  await keepAnswersInTab(page, answers, { kind: 'summary' });
  await page.goto('/?page=summary');
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(en('summary', 'title'));
  return referenceCode(buildSummary(answers).answers);
}

test('a share link and its QR code open the same summary, read-only, on another device', async ({ page, browser }) => {
  const code = await openSummary(page, 'manyCautions');
  await expect(page.getByText(en('summary', 'share.warning').replace('{{clinic}}', 'Example Ketamine Clinic'))).toBeVisible();
  await page.getByRole('button', { name: en('summary', 'share.make') }).click();
  await expect(page.getByRole('img', { name: en('share', 'qrLabel') })).toBeVisible();
  // The button that made the link is gone; focus is on the link, ready to copy.
  await expect(page.getByRole('textbox', { name: en('share', 'linkLabel') })).toBeFocused();
  const link = await page.getByRole('textbox', { name: en('share', 'linkLabel') }).inputValue();
  expect(link).toMatch(/^http:\/\/127\.0\.0\.1:4173\/#share=1\.\d+\./);
  test.info().annotations.push({ type: 'share link length', description: String(link.length) });
  await expectAccessiblePage(page, 'summary with share link');

  // The front desk: a fresh browser with nothing saved, in Spanish.
  const desk = await browser.newContext({ locale: 'es' });
  const staff = await desk.newPage();
  const checks = watchPage(staff, origin);
  await staff.goto(link);
  await expect(staff.getByRole('heading', { level: 1 })).toHaveText(text('es', 'summary', 'title'));
  await expect(staff.getByText(text('es', 'summary', 'reference').replace('{{code}}', code))).toBeVisible();
  await expect(staff.getByText(text('es', 'summary', 'disclaimer'))).toBeVisible();
  await expect(staff.getByText(text('es', 'received', 'from.link'))).toBeVisible();
  await expect(staff.getByRole('button', { name: text('es', 'common', 'continue') })).toHaveCount(0);
  await expectAccessiblePage(staff, 'shared summary');
  expect(await staff.evaluate(() => sessionStorage.length + localStorage.length), 'opening a link saves nothing').toBe(0);
  // "Skip to main content" leaves the summary, and the address that opens it again, as they were,
  // adds no history entry for Back to undo, and focus goes to the main content's heading.
  const entries = await staff.evaluate(() => history.length);
  await staff.getByRole('link', { name: text('es', 'common', 'skipToContent') }).focus();
  await staff.keyboard.press('Enter');
  await expect(staff.getByRole('heading', { level: 1 })).toBeFocused();
  await expect(staff.locator('main')).toBeInViewport();
  await expect(staff.getByRole('heading', { level: 1 })).toHaveText(text('es', 'summary', 'title'));
  expect(staff.url()).toBe(link);
  expect(await staff.evaluate(() => history.length)).toBe(entries);
  await staff.keyboard.press('Tab');
  expect(await staff.evaluate(() => document.querySelector('main')?.contains(document.activeElement))).toBe(true);
  await staff.reload();
  await expect(staff.getByText(text('es', 'summary', 'reference').replace('{{code}}', code))).toBeVisible();

  // A link cut short in a message, or altered by hand, ends on a clear message.
  await staff.goto(link.slice(0, link.length - 40));
  await expect(staff.getByRole('heading', { level: 1 })).toHaveText(text('es', 'received', 'linkProblemTitle'));
  await expect(staff.getByText(text('es', 'received', 'linkProblems.truncated'))).toBeVisible();
  const altered = link.slice(0, -6) + (link.endsWith('AAAAAA') ? 'BBBBBB' : 'AAAAAA');
  await staff.goto('about:blank');
  await staff.goto(altered);
  await expect(staff.getByText(text('es', 'received', 'linkProblems.damaged'))).toBeVisible();
  await expectAccessiblePage(staff, 'damaged link');
  expect(checks.consoleErrors).toEqual([]);
  expect(checks.foreignRequests).toEqual([]);
  await desk.close();
});

test('staff open a downloaded FHIR file and see the same summary', async ({ page }) => {
  const code = await openSummary(page, 'thoughtsOfSuicide');
  const [download] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: en('summary', 'file.download') }).click()]);
  expect(download.suggestedFilename()).toBe(`ketamine-screening-${code}.json`);
  const file = readFileSync(await download.path(), 'utf8');
  expect(JSON.parse(file)).toMatchObject({ resourceType: 'QuestionnaireResponse', status: 'completed' });

  await page.getByRole('link', { name: en('common', 'footer.openFile') }).click();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(en('received', 'openFile.title'));
  await expectAccessiblePage(page, 'open a file');
  const input = page.getByLabel(en('received', 'openFile.label'));
  await input.setInputFiles({ name: 'notes.json', mimeType: 'application/json', buffer: Buffer.from('{"resourceType":"Patient"}') });
  await expect(page.getByRole('alert')).toContainText(en('received', 'openFile.problems.notAQuestionnaireResponse'));
  await expect(page).toHaveTitle(/^Error: /);
  await expectAccessiblePage(page, 'open a file with an error');
  // A file of a questionnaire not finished, or with parts cut out, is no summary: its missing answers would read as "no".
  const response = JSON.parse(file) as { status: string; item: unknown[] };
  const error = page.getByRole('alert').locator('p');
  for (const unfinished of [{ ...response, status: 'in-progress' }, { ...response, item: response.item.slice(0, 2) }]) {
    // The message of the file before is marked: the same message for this file must be put in afresh, to be announced again.
    if (await error.count()) await error.evaluate((element) => element.setAttribute('data-before', ''));
    await input.setInputFiles({ name: 'unfinished.json', mimeType: 'application/json', buffer: Buffer.from(JSON.stringify(unfinished)) });
    await expect(error).toContainText(en('received', 'openFile.problems.incomplete'));
    await expect(error).not.toHaveAttribute('data-before');
  }
  // A file with no day, or a day to come, would be shown dated wrongly; one from another version says so.
  const withDay = { ...response, authored: '2999-01-01' };
  const fromAnotherVersion = { ...response, questionnaire: 'urn:ketamine-prescreen:questionnaire|0.0.1', item: [...response.item, { linkId: 'section.unknown', item: [] }] };
  for (const [wrong, problem] of [[withDay, 'badDate'], [fromAnotherVersion, 'otherVersion']] as const) {
    await input.setInputFiles({ name: 'wrong.json', mimeType: 'application/json', buffer: Buffer.from(JSON.stringify(wrong)) });
    await expect(page.getByRole('alert')).toContainText(en('received', `openFile.problems.${problem}`));
  }
  await input.setInputFiles({ name: download.suggestedFilename(), mimeType: 'application/json', buffer: Buffer.from(file) });
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(en('summary', 'title'));
  await expect(page.getByText(en('summary', 'reference').replace('{{code}}', code))).toBeVisible();
  await expect(page.getByRole('region', { name: en('summary', 'safetyTitle') })).toBeVisible();

  // The same file dragged from the downloads bar and dropped on the page, away from the file input, opens too.
  await page.getByRole('button', { name: en('received', 'openFile.another') }).click();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(en('received', 'openFile.title'));
  const dragged = await page.evaluateHandle(
    ({ text, name }) => {
      const transfer = new DataTransfer();
      transfer.items.add(new File([text], name, { type: 'application/json' }));
      return transfer;
    },
    { text: file, name: download.suggestedFilename() },
  );
  const heading = page.getByRole('heading', { level: 1 });
  await heading.dispatchEvent('dragover', { dataTransfer: dragged });
  await heading.dispatchEvent('drop', { dataTransfer: dragged });
  await expect(heading).toHaveText(en('summary', 'title'));
  await expect(page.getByText(en('summary', 'reference').replace('{{code}}', code))).toBeVisible();
});

test('a clinic that turns sharing off offers no link, and refuses links', async ({ page }) => {
  await page.route('**/clinic.json', (route) => route.fulfill({ contentType: 'application/json', body: JSON.stringify({ ...example, sharing: false }) }));
  await openSummary(page, 'nothingToDiscuss');
  await expect(page.getByRole('button', { name: en('summary', 'file.download') })).toBeVisible();
  await expect(page.getByRole('button', { name: en('summary', 'share.make') })).toHaveCount(0);
  await page.goto('/#share=1.4.abcd');
  await expect(page.getByText(en('received', 'linkProblems.sharingOff'))).toBeVisible();
});

test('offline for a moment, making a link or downloading the file says so, and pressing again works', async ({ page }) => {
  await openSummary(page, 'manyCautions');
  let offline = true;
  await page.route(/\/assets\/(qr-matrix|share-link|made-link|locale-en-share|questionnaire-response)-[\w-]{8}\.js$/, (route) => (offline ? route.abort('internetdisconnected') : route.continue()));
  const make = page.getByRole('button', { name: en('summary', 'share.make') });
  const download = page.getByRole('button', { name: en('summary', 'file.download') });
  await make.click();
  await download.click();
  await expect(page.getByRole('status').filter({ hasText: en('summary', 'handover.loadFailed') })).toHaveCount(2);
  await expectAccessiblePage(page, 'summary whose link and file could not load');

  offline = false;
  await make.click();
  await expect(page.getByRole('img', { name: en('share', 'qrLabel') })).toBeVisible();
  const [file] = await Promise.all([page.waitForEvent('download'), download.click()]);
  await expect(page.getByText(en('summary', 'handover.loadFailed'))).toHaveCount(0);
  // The browser's own download prompt or bar is easy to miss: the page says what is being saved, and where.
  const [before, after] = en('summary', 'file.saved').split('{{name}}');
  await expect(page.getByRole('status').filter({ hasText: before ?? '' }).filter({ hasText: file.suggestedFilename() }).filter({ hasText: after ?? '' })).toBeVisible();
});
