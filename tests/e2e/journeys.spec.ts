import { expect, test, type Page } from '@playwright/test';
import { stepSignalsCrisis, visibleSteps } from '#src/questionnaire/flow.ts';
import type { Answers } from '#src/questionnaire/fields.ts';
import { buildSummary } from '#src/summary/build-summary.ts';
import { answersOf, type PersonaName } from '#tests/fixtures/personas.ts';
import { answerField, en, expectedHeading, expectNoAxeViolations, press, watchPage } from './journey-driver.ts';

const origin = 'http://127.0.0.1:4173';

async function expectHeading(page: Page, text: string): Promise<void> {
  const heading = page.getByRole('heading', { level: 1 });
  await expect(heading).toHaveText(text);
  // Focus moves to the new page's heading so screen readers announce it.
  await expect(heading).toBeFocused();
}

/** Walks a persona from the start page to the summary, checking every page on the way. */
async function completeJourney(page: Page, persona: PersonaName, mode: 'pointer' | 'keyboard'): Promise<Answers> {
  const answers = answersOf(persona);
  const checks = watchPage(page, origin);
  await page.goto('/');
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(en('common', 'start.title'));
  await expectNoAxeViolations(page, 'start page');
  await press(page, en('common', 'start.startNow'), mode);

  for (const step of visibleSteps(answers)) {
    await expectHeading(page, expectedHeading(step, answers));
    expect(await page.title()).toBe(`${expectedHeading(step, answers)} – ${en('common', 'appName')}`);
    await expectNoAxeViolations(page, step.id);
    for (const id of step.fields) await answerField(page, id, answers, mode);
    await press(page, 'Continue', mode);
    if (stepSignalsCrisis(step, answers)) {
      await expectHeading(page, en('safety', 'title'));
      await expect(page.getByRole('link', { name: 'Call 911' })).toHaveAttribute('href', 'tel:911');
      await expect(page.getByRole('link', { name: 'Call 988' })).toHaveAttribute('href', 'tel:988');
      await expectNoAxeViolations(page, `crisis page after ${step.id}`);
      await press(page, en('safety', 'continue'), mode);
    }
  }

  await expectHeading(page, en('common', 'checkAnswers.title'));
  await expectNoAxeViolations(page, 'check answers');
  await press(page, en('common', 'checkAnswers.confirm'), mode);
  await expectHeading(page, en('summary', 'title'));
  await expect(page.getByText(en('summary', 'disclaimer'))).toBeVisible();
  await expectNoAxeViolations(page, 'summary');
  expect(checks.consoleErrors, 'console errors').toEqual([]);
  expect(checks.foreignRequests, 'requests leaving the origin').toEqual([]);
  return answers;
}

const title = (ruleId: string) => en('rules', `${ruleId}.title`);

test('a person with nothing to discuss reaches a summary that says so, with their trials counted', async ({ page }) => {
  await completeJourney(page, 'nothingToDiscuss', 'pointer');
  await expect(page.getByText(en('summary', 'noPoints'))).toBeVisible();
  await expect(page.getByText('2 trials lasted 6 weeks or more')).toBeVisible();
  await expect(page.getByText('PHQ-9 total: 14 out of 27')).toBeVisible();
  await expect(page.getByRole('heading', { name: en('summary', 'safetyTitle') })).toHaveCount(0);

  // On paper: the statement stays, buttons and the page header go.
  await page.emulateMedia({ media: 'print' });
  await expect(page.getByText(en('summary', 'disclaimer'))).toBeVisible();
  await expect(page.getByRole('button', { name: en('summary', 'print') })).toBeHidden();
  await expect(page.getByRole('banner')).toBeHidden();
});

test('a person with many cautions sees every point to discuss, and typed markup stays text', async ({ page }) => {
  const answers = await completeJourney(page, 'manyCautions', 'pointer');
  const points = page.getByRole('region', { name: en('summary', 'pointsTitle') }).getByRole('listitem').filter({ has: page.getByRole('heading') });
  const expected = buildSummary(answers).points.map((point) => title(point.ruleId));
  expect(expected.length).toBeGreaterThan(30);
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
