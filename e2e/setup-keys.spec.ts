import { expect, test } from '@playwright/test';
import { expectHeading, field, openArea, rowOf } from './support/console';

/** Setup keys on the embedded demo account: valid, one-off and revoked keys. */

test('lists the setup keys with state, usage and auto groups', async ({ page }) => {
  await page.goto('/networks');
  await openArea(page, 'Setup keys');
  await expect(page.getByText('Register routing peers with setup keys')).toBeVisible();
  const table = page.getByRole('table', { name: 'Setup keys', exact: true });
  const routing = rowOf(table, 'Routing peers');
  await expect(routing).toContainText('Reusable');
  await expect(routing).toContainText('Valid');
  await expect(routing).toContainText('3 of unlimited');
  await expect(routing).toContainText('Never');
  await expect(routing.getByRole('link', { name: 'office-routers' })).toBeVisible();
  await expect(rowOf(table, 'Contractor laptop')).toContainText('One-off');
  await expect(rowOf(table, 'Contractor laptop')).toContainText('0 of 1');
  await expect(rowOf(table, 'Old office key')).toContainText('Revoked');
});

test('a setup key shows its masked key, state and auto groups', async ({ page }) => {
  await page.goto('/setup-keys');
  await page.getByRole('table', { name: 'Setup keys', exact: true }).getByRole('link', { name: 'Routing peers' }).click();
  await expectHeading(page, 'Routing peers');
  await expect(page).toHaveURL(/\/setup-keys\/key-routing-peers$/);
  await expect(field(page, 'Key')).toHaveText('7C1F2****');
  await expect(field(page, 'State')).toHaveText('Valid: can register peers');
  await expect(field(page, 'Used')).toHaveText('3 of unlimited');
  await expect(field(page, 'Expires')).toHaveText('Never');
  await expect(field(page, 'Auto groups').getByRole('link', { name: 'office-routers' })).toBeVisible();

  await page.goto('/setup-keys/key-old-office');
  await expectHeading(page, 'Old office key');
  await expect(field(page, 'State')).toHaveText('Revoked: cannot register peers');

  await page.goto('/setup-keys/key-gone');
  await expectHeading(page, 'Setup key');
  await expect(page.getByRole('alert')).toContainText('Not found');
});
