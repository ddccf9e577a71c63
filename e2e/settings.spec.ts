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

test('an unreadable saved account is reported, kept untouched, downloadable, and replaced only when the admin says so', async ({ page }) => {
  await page.goto('/networks');
  await expectHeading(page, 'Networks');
  await page.evaluate(() => localStorage.setItem('nbrc:embedded:v2', '{"format":'));
  await page.reload();
  await expect(page.getByRole('table', { name: 'Networks', exact: true }).getByRole('link', { name: 'Office', exact: true })).toBeVisible();

  // A change on the demo shown in its place does not overwrite what was stored.
  await page.getByRole('button', { name: 'New network' }).click();
  await page.getByRole('dialog', { name: 'New network' }).getByLabel('Name').fill('Made meanwhile');
  await page.getByRole('dialog', { name: 'New network' }).getByRole('button', { name: 'Create network' }).click();
  await expectHeading(page, 'Made meanwhile');
  expect(await page.evaluate(() => localStorage.getItem('nbrc:embedded:v2'))).toBe('{"format":');

  await openArea(page, 'Settings');
  const problem = page.getByRole('alert').filter({ hasText: 'The saved account could not be loaded' });
  await expect(problem).toContainText('the saved account is not valid JSON');
  await expect(problem).toContainText('nothing is saved until you decide');
  const download = page.waitForEvent('download');
  await problem.getByRole('button', { name: 'Download the saved data' }).click();
  const file = await download;
  expect(file.suggestedFilename()).toBe('nbrc-embedded-v2-unreadable.json');
  expect(await streamText(await file.createReadStream())).toBe('{"format":');

  await problem.getByRole('button', { name: 'Discard it and start from the demo' }).click();
  await page.getByRole('alertdialog').getByRole('button', { name: 'Discard and start from the demo' }).click();
  await expect(page.getByRole('alert').filter({ hasText: 'The saved account could not be loaded' })).toHaveCount(0);
  const stored = await page.evaluate(() => JSON.parse(localStorage.getItem('nbrc:embedded:v2') ?? 'null') as { version: number } | null);
  expect(stored?.version).toBe(2);
});

test('an account saved by an earlier version (v1) is migrated and kept', async ({ page }) => {
  await page.goto('/networks');
  await expectHeading(page, 'Networks');
  await page.getByRole('button', { name: 'New network' }).click();
  await page.getByRole('dialog', { name: 'New network' }).getByLabel('Name').fill('From version 1');
  await page.getByRole('dialog', { name: 'New network' }).getByRole('button', { name: 'Create network' }).click();
  await expectHeading(page, 'From version 1');
  // Rewrite the account the way version 1 stored it: the bare snapshot under nbrc:embedded:v1.
  await page.evaluate(() => {
    const envelope = JSON.parse(localStorage.getItem('nbrc:embedded:v2') ?? '{}') as { snapshot: unknown };
    localStorage.setItem('nbrc:embedded:v1', JSON.stringify(envelope.snapshot));
    localStorage.removeItem('nbrc:embedded:v2');
  });
  await page.goto('/networks');
  await expect(page.getByRole('table', { name: 'Networks', exact: true }).getByRole('link', { name: 'From version 1', exact: true })).toBeVisible();
  expect(await page.evaluate(() => localStorage.getItem('nbrc:embedded:v1'))).toBeNull();
  expect(await page.evaluate(() => localStorage.getItem('nbrc:embedded:v2'))).toContain('From version 1');
});

async function streamText(stream: NodeJS.ReadableStream): Promise<string> {
  let text = '';
  for await (const chunk of stream) text += String(chunk);
  return text;
}
