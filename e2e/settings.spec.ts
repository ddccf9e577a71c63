import { expect, test, type Page } from '@playwright/test';
import { demoBadge, expectHeading, openArea } from './support/console';

/**
 * Settings on the embedded control plane: starting over from an empty account or the demo, and
 * that the account in the browser survives a reload (persistence through the UI).
 */

async function resetAccount(page: Page, button: string, confirm: string, done: string): Promise<void> {
  await page.getByRole('button', { name: button }).click();
  const dialog = page.getByRole('alertdialog');
  await expect(dialog).toContainText('Everything');
  await dialog.getByRole('button', { name: confirm }).click();
  await expect(dialog).toBeHidden();
  await expect(page.getByRole('status').filter({ hasText: done })).toBeVisible();
}

async function emptyTheAccount(page: Page): Promise<void> {
  await page.goto('/settings');
  await resetAccount(page, 'Start with an empty account', 'Empty the account', 'Started with an empty account');
}

test('an empty account shows the empty states, and stays empty after a reload', async ({ page }) => {
  await emptyTheAccount(page);
  await openArea(page, 'Networks');
  await expect(page.getByText('No networks yet')).toBeVisible();
  await expect(page.getByRole('table', { name: 'Networks', exact: true })).toHaveCount(0);
  await openArea(page, 'Peers');
  await expect(page.getByText('No peers yet')).toBeVisible();
  await openArea(page, 'Policies');
  await expect(page.getByText('No policies', { exact: true })).toBeVisible();

  await page.goto('/networks');
  await expect(page.getByText('No networks yet')).toBeVisible();
  await page.reload();
  await expectHeading(page, 'Networks');
  await expect(page.getByText('No networks yet')).toBeVisible();
  await expect(demoBadge(page)).toBeVisible();
});

test('an empty account: no routes, exit nodes, setup keys or nameservers; All is used nowhere', async ({ page }) => {
  await emptyTheAccount(page);
  await openArea(page, 'Network routes');
  await expect(page.getByText('This account has no legacy network routes.')).toBeVisible();
  await openArea(page, 'Exit nodes');
  await expect(page.getByText('No exit nodes')).toBeVisible();
  await openArea(page, 'Setup keys');
  await expect(page.getByText('No setup keys')).toBeVisible();
  await openArea(page, 'DNS');
  await expect(page.getByText('No nameserver groups')).toBeVisible();
  await expect(page.getByText('The account has no peers yet, so NetBird keeps the legacy port 5353.')).toBeVisible();
  // Only the built-in group is left, and nothing uses it.
  await openArea(page, 'Groups');
  const groups = page.getByRole('table', { name: 'Groups', exact: true });
  await expect(groups.getByRole('link')).toHaveText(['All']);
  await groups.getByRole('link', { name: 'All' }).click();
  await expectHeading(page, 'All');
  await expect(page.getByText('Not used anywhere')).toBeVisible();
  await expect(page.getByText('No peers in this group')).toBeVisible();
});

test('Reset demo data brings the demo back, and it survives a reload', async ({ page }) => {
  await emptyTheAccount(page);
  await resetAccount(page, 'Reset demo data', 'Reset demo data', 'Demo data restored');

  await openArea(page, 'Networks');
  await expect(page.getByRole('table', { name: 'Networks', exact: true }).getByRole('link', { name: 'Office', exact: true })).toBeVisible();
  await page.reload();
  await expect(page.getByRole('table', { name: 'Networks', exact: true }).getByRole('link', { name: 'Office', exact: true })).toBeVisible();
});

test('cancelling the reset keeps the account', async ({ page }) => {
  await page.goto('/settings');
  await page.getByRole('button', { name: 'Start with an empty account' }).click();
  await page.getByRole('alertdialog').getByRole('button', { name: 'Cancel' }).click();
  await expect(page.getByRole('alertdialog')).toBeHidden();
  await openArea(page, 'Networks');
  await expect(page.getByRole('table', { name: 'Networks', exact: true }).getByRole('link', { name: 'Office', exact: true })).toBeVisible();
});

test('an unreadable saved account falls back to the demo and says so in Settings', async ({ page }) => {
  await page.goto('/networks');
  await expectHeading(page, 'Networks');
  await page.evaluate(() => localStorage.setItem('nbrc:embedded:v1', '{"format":'));
  await page.reload();
  await expect(page.getByRole('table', { name: 'Networks', exact: true }).getByRole('link', { name: 'Office', exact: true })).toBeVisible();

  await openArea(page, 'Settings');
  const problem = page.getByRole('alert').filter({ hasText: 'The saved account could not be loaded' });
  await expect(problem).toContainText('the saved account is not valid JSON');
  await expect(problem).toContainText('nbrc:embedded:v1:unreadable');
  // The broken text is kept aside, not thrown away.
  expect(await page.evaluate(() => localStorage.getItem('nbrc:embedded:v1:unreadable'))).toBe('{"format":');
});
