import { expect, test } from '@playwright/test';
import { readFileSync } from 'node:fs';
import { en } from './journey-driver.ts';

const example = JSON.parse(readFileSync(new URL('../../public/clinic.json', import.meta.url), 'utf8')) as Record<string, unknown>;

test('a wrong clinic.json shows the deployer each field and its problem, never a blank page', async ({ page }) => {
  await page.route('**/clinic.json', (route) =>
    route.fulfill({ contentType: 'application/json', body: JSON.stringify({ ...example, region: 'ZZ', draftExpiryDays: 0 }) }),
  );
  await page.goto('/');
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(en('clinicConfig', 'title'));
  await expect(page.getByRole('row', { name: /region/ })).toContainText(en('clinicConfig', 'problems.unknownRegion'));
  await expect(page.getByRole('row', { name: /draftExpiryDays/ })).toBeVisible();
  await expect(page).toHaveTitle(/^Error: /);
});

test("the start page states the clinic's treatments and minimum age from clinic.json", async ({ page }) => {
  await page.route('**/clinic.json', (route) =>
    route.fulfill({ contentType: 'application/json', body: JSON.stringify({ ...example, name: 'Harbour Clinic', minimumAge: 21, treatments: ['intramuscular'] }) }),
  );
  await page.goto('/');
  await expect(page.getByRole('heading', { name: en('common', 'start.clinicTitle').replace('{{clinic}}', 'Harbour Clinic') })).toBeVisible();
  await expect(page.getByText(en('common', 'start.minimumAge').replace('{{age}}', '21'))).toBeVisible();
  await expect(page.getByText(en('common', 'start.treatments').replace('{{treatments}}', en('common', 'treatments.intramuscular')))).toBeVisible();
  await expect(page.getByText(en('common', 'treatments.intravenous'), { exact: false })).toHaveCount(0);
});
