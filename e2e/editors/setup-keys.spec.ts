import type { Page } from '@playwright/test';
import { expectPageHeading, field, openPage as open, rowOf, SLOW_LOAD } from '../support/console';
import { expect, test } from '../support/fixtures';

/**
 * Setup keys editor (issue 3) on the demo account: the routing peer key preset, the plain key shown
 * once with a copy button, the control plane's rules refusing a bad key in the form, revoke (final)
 * and delete. Only the UI is driven, so the specs also run against `nbrc serve --token`.
 */

test.describe.configure({ timeout: 90_000 });

const newKeyDialog = (page: Page) => page.getByRole('dialog', { name: 'New setup key' });

test('the routing peer key preset creates a reusable key into the routing peer group, shown once with a copy button', async ({ page }) => {
  await open(page, '/setup-keys', 'Setup keys');
  await expect(page.getByText('Register routing peers with setup keys')).toBeVisible();
  await page.getByRole('button', { name: 'New setup key' }).click();
  const dialog = newKeyDialog(page);
  await dialog.getByRole('button', { name: 'Routing peer key for eu-routers' }).click(SLOW_LOAD);
  await expect(dialog.getByRole('textbox', { name: 'Name' })).toHaveValue('Routing peers');
  await expect(dialog.getByRole('radio', { name: /^Reusable/ })).toBeChecked();
  await expect(dialog.getByRole('switch', { name: 'Never expires' })).toBeChecked();
  await expect(dialog.getByRole('switch', { name: 'Ephemeral peers' })).not.toBeChecked();
  await expect(dialog.getByRole('list', { name: 'Selected groups' })).toHaveText('eu-routers');
  await dialog.getByRole('textbox', { name: 'Name' }).fill('EU routing peers');
  await dialog.getByRole('button', { name: 'Create setup key' }).click();

  const created = page.getByRole('dialog', { name: 'Setup key created' });
  await expect(created.getByText('Copy the key now: it will not be shown again')).toBeVisible();
  await expect(created.getByRole('button', { name: 'Copy setup key' })).toBeVisible();
  const plain = (await created.getByLabel('Setup key', { exact: true }).textContent()) ?? '';
  expect(plain).toMatch(/^[0-9A-F]{8}-[0-9A-F]{4}-4[0-9A-F]{3}-[89AB][0-9A-F]{3}-[0-9A-F]{12}$/);
  await created.getByRole('button', { name: 'Done, I copied the key' }).click();
  await expect(created).toBeHidden();

  const row = rowOf(page.getByRole('table', { name: 'Setup keys' }), 'EU routing peers');
  await expect(row).toContainText('Reusable');
  await expect(row).toContainText('Never');
  await expect(row.getByRole('link', { name: 'eu-routers' })).toBeVisible();
  await row.getByRole('link', { name: 'EU routing peers' }).click();
  await expectPageHeading(page, 'EU routing peers');
  // Never again in full: only the masked form.
  await expect(field(page, 'Key')).toHaveText(`${plain.slice(0, 5)}****`);
  await expect(page.getByText(plain)).toHaveCount(0);
});

test('the preset also works with a routing peer group created inline', async ({ page }) => {
  await open(page, '/setup-keys', 'Setup keys');
  await page.getByRole('button', { name: 'New setup key' }).click();
  const dialog = newKeyDialog(page);
  await dialog.getByRole('combobox', { name: 'Auto groups' }).fill('dc-routers');
  await dialog.getByRole('option', { name: 'Create group “dc-routers”' }).click();
  await expect(dialog.getByRole('list', { name: 'Selected groups' })).toHaveText('dc-routers');
  await dialog.getByRole('button', { name: 'Routing peer key for the auto groups chosen below' }).click();
  await expect(dialog.getByRole('switch', { name: 'Never expires' })).toBeChecked();
  await dialog.getByRole('button', { name: 'Create setup key' }).click();
  await expect(page.getByRole('dialog', { name: 'Setup key created' })).toBeVisible();
});

test('a key the control plane would refuse is refused in the form, keeping what was typed', async ({ page }) => {
  await open(page, '/setup-keys', 'Setup keys');
  await page.getByRole('button', { name: 'New setup key' }).click();
  const dialog = newKeyDialog(page);
  await dialog.getByRole('textbox', { name: 'Name' }).fill('Laptop');
  await dialog.getByRole('textbox', { name: 'Usage limit' }).fill('5');
  await dialog.getByRole('combobox', { name: 'Auto groups' }).fill('All');
  await dialog.getByRole('option', { name: /^All\b/ }).click();
  await dialog.getByRole('button', { name: 'Create setup key' }).click();
  await expect(dialog.getByText('a one-off key can be used once: usage_limit must be 0 or 1, got 5')).toBeVisible();
  await expect(dialog.getByText('auto_groups: the "All" group cannot be an auto group (every peer joins it anyway)')).toBeVisible();
  await expect(dialog.getByRole('textbox', { name: 'Name' })).toHaveValue('Laptop');

  await dialog.getByRole('textbox', { name: 'Usage limit' }).fill('1');
  await dialog.getByRole('button', { name: 'Remove group All' }).click();
  await dialog.getByRole('textbox', { name: 'Expires in (days)' }).fill('7');
  await dialog.getByRole('button', { name: 'Create setup key' }).click();
  await expect(page.getByRole('dialog', { name: 'Setup key created' })).toBeVisible();
});

test('revoking a key is confirmed and final; a key can be deleted', async ({ page }) => {
  await open(page, '/setup-keys/key-contractor-laptop', 'Contractor laptop');
  await page.getByRole('button', { name: 'Revoke' }).click();
  const confirm = page.getByRole('alertdialog');
  await expect(confirm).toContainText('This cannot be undone');
  await confirm.getByRole('button', { name: 'Revoke key' }).click();
  await expect(field(page, 'State')).toHaveText('Revoked: cannot register peers');
  await expect(page.getByRole('button', { name: 'Revoke' })).toBeDisabled();
  await expect(page.getByText('Already revoked: a revoked key cannot be un-revoked; create a new key instead.')).toBeVisible();

  await page.getByRole('button', { name: 'Delete' }).click();
  await page.getByRole('alertdialog').getByRole('button', { name: 'Delete' }).click();
  await expectPageHeading(page, 'Setup keys');
  await expect(page.getByRole('table', { name: 'Setup keys' }).getByRole('link', { name: 'Contractor laptop' })).toHaveCount(0);
});

test('the auto groups of an existing key can be changed; the key shows the new groups', async ({ page }) => {
  await open(page, '/setup-keys/key-contractor-laptop', 'Contractor laptop');
  const card = page.getByRole('region', { name: 'Auto groups' });
  await expect(card.getByRole('button', { name: 'Save auto groups' })).toBeDisabled();
  await card.getByRole('combobox', { name: 'Groups for new peers', exact: true }).fill('Engin');
  await card.getByRole('option', { name: /^Engineers\b/ }).click();
  await card.getByRole('button', { name: 'Save auto groups' }).click();
  await expect(card.getByRole('status').filter({ hasText: 'Auto groups saved.' })).toBeVisible();
  await expect(field(page, 'Auto groups').getByText('Engineers')).toBeVisible();
});
