import { expect, test } from '@playwright/test';
import { readFileSync } from 'node:fs';
import { en } from './journey-driver.ts';

const example = JSON.parse(readFileSync(new URL('../../public/clinic.json', import.meta.url), 'utf8')) as Record<string, unknown>;

test('a wrong clinic.json shows the deployer each field and its problem, never a blank page', async ({ page }) => {
  await page.route('**/clinic.json', (route) =>
    route.fulfill({ contentType: 'application/json', body: JSON.stringify({ ...example, region: 'ZZ', draftExpiryDays: 0 }) }),
  );
  await page.goto('/');
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(en('common', 'clinicConfig.title'));
  await expect(page.getByRole('row', { name: /region/ })).toContainText(en('common', 'clinicConfig.problems.unknownRegion'));
  await expect(page.getByRole('row', { name: /draftExpiryDays/ })).toBeVisible();
  expect(await page.title()).toMatch(/^Error: /);
});
