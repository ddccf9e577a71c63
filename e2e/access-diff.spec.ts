import type { Page } from '@playwright/test';
import { openPage, SLOW_LOAD } from './support/console';
import { expect, test } from './support/fixtures';

/**
 * Change preview (issue 5): before a save, the policy editor says who gains or loses which
 * destination, and a saved reachability test the edit would break blocks Save until the admin
 * explicitly accepts it. Demo account: "Engineers to Datacenter" opens tcp 22 and 443 to DC core.
 */

test.describe.configure({ timeout: 90_000 });

const TESTS_KEY = 'nbrc.reachability-tests.v1@embedded';

const savedTests = [
  { name: 'Engineers SSH to DC core', from: 'alice-macbook', to: 'res-dc-core:22', expect: 'allow' },
  { name: 'Contractors kept out of DC core', from: 'erin-laptop', to: 'res-dc-core:22', expect: 'deny' },
];

/** saveTests: stores tests the way the console does (versioned envelope, per API target). */
async function saveTests(page: Page, tests: unknown[]): Promise<void> {
  await openPage(page, '/tests', 'Reachability tests');
  await page.evaluate(([key, value]) => localStorage.setItem(key, value), [TESTS_KEY, JSON.stringify({ version: 1, tests })] as const);
}

const rule = (page: Page, n: number) => page.getByRole('group', { name: `Rule ${n}`, exact: true });

test('editing a policy shows the access diff before saving, naming the source and the destination', async ({ page }) => {
  await openPage(page, '/policies/pol-datacenter/edit', 'Edit Engineers to Datacenter');
  const preview = page.getByRole('region', { name: 'Access changes if you save' });
  await expect(preview).toContainText('No change in who can reach what.', SLOW_LOAD);
  await expect(preview).toContainText('No saved reachability tests to check this change against.');

  await rule(page, 1).getByLabel('Ports').fill('443, 9443');
  const engineers = preview.getByRole('list', { name: 'Changes for Engineers' });
  await expect(engineers.getByRole('listitem').filter({ hasText: 'Loses' })).toHaveText('Loses tcp 22 to DC core (resource) was through policy “Engineers to Datacenter”', SLOW_LOAD);
  await expect(engineers.getByRole('listitem').filter({ hasText: 'Gains' })).toHaveText('Gains tcp 9443 to DC core (resource) through policy “Engineers to Datacenter”');

  // Adding Contractors as a source: a second group gains, named with its own destination.
  await rule(page, 1).getByRole('combobox', { name: 'Sources', exact: true }).fill('Contractors');
  await page.getByRole('option', { name: /^Contractors\b/ }).click();
  await expect(preview.getByRole('list', { name: 'Changes for Contractors' })).toContainText('Gains tcp 443, 9443 to DC core (resource)');
  // No tests saved: nothing blocks the save.
  await expect(page.getByRole('button', { name: 'Save policy' })).toBeEnabled();
});

test('a saved test the edit breaks blocks the save until overridden; saving with the override works', async ({ page }) => {
  await saveTests(page, savedTests);
  await openPage(page, '/policies/pol-datacenter/edit', 'Edit Engineers to Datacenter');
  const preview = page.getByRole('region', { name: 'Access changes if you save' });
  await expect(preview).toContainText('Checked against 2 saved reachability tests.', SLOW_LOAD);
  const save = page.getByRole('button', { name: 'Save policy' });
  await expect(save).toBeEnabled();

  const ports = rule(page, 1).getByLabel('Ports');
  await ports.fill('443');
  const broken = preview.getByRole('list', { name: 'Tests this change breaks' });
  await expect(broken.getByRole('listitem')).toHaveCount(1);
  await expect(broken).toContainText('Engineers SSH to DC core: alice-macbook → res-dc-core:22, expected allow, would be deny.');
  // the reason is the trace's: the forward chain no longer has a policy for tcp/22
  await expect(broken).toContainText('Route ACL: forward chain of dc-router-a (peer-dc-primary), tcp/22 to 172.16.0.1: no policy towards the resource or its groups allows it');
  await expect(broken.getByRole('link', { name: 'Trace it' })).toHaveAttribute('href', '/trace?from=alice-macbook&to=res-dc-core%3A22');
  await expect(save).toBeDisabled();
  await expect(page.getByText('Saving is blocked: the change breaks 1 saved test. Tick “Save anyway” to save.')).toBeVisible();

  // Undoing the edit unblocks without any override.
  await ports.fill('22, 443');
  await expect(broken).toBeHidden();
  await expect(save).toBeEnabled();

  // Breaking it again needs a fresh, explicit override.
  await ports.fill('443');
  const override = preview.getByRole('checkbox', { name: 'Save anyway, I accept breaking 1 test' });
  await expect(override).not.toBeChecked();
  await expect(save).toBeDisabled();
  await override.check();
  await expect(save).toBeEnabled();
  await save.click();
  await expect(page.getByText('Policy saved.')).toBeVisible();

  // Saved: the account now is the edited one, so the preview shows no change and nothing blocks.
  await expect(preview).toContainText('No change in who can reach what.');
  await expect(broken).toBeHidden();
  await openPage(page, '/tests', 'Reachability tests');
  await page.getByRole('button', { name: 'Run now' }).click();
  await expect(page.getByRole('status').filter({ hasText: 'failed' })).toContainText('1 of 2 failed');
});
