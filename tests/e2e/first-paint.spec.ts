import { expect, test } from '@playwright/test';
import { en, expectHeading } from './journey-driver.ts';

test('the start page is in the built HTML, and "Start now" works before any script has run', async ({ browser }) => {
  const noScript = await browser.newContext({ javaScriptEnabled: false });
  const page = await noScript.newPage();
  await page.goto('/');
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(en('common', 'start.title'));
  await expect(page.getByText(en('common', 'start.whatItIsNot'))).toBeVisible();
  await expect(page.getByText(en('common', 'start.minimumAge').replace('{{age}}', '18'))).toBeVisible();
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
