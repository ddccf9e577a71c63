import { expect, test } from '@playwright/test';
import { expectHeading, field, openArea, rowOf } from './support/console';

/** Exit nodes on the embedded demo account: the EU exit node for Travelers. */

const IPV6_NOTE = 'IPv6 is blocked on exit nodes to prevent leaks outside the tunnel';

test('lists the exit nodes with the IPv6 note', async ({ page }) => {
  await page.goto('/networks');
  await openArea(page, 'Exit nodes');
  await expect(page.getByText(IPV6_NOTE)).toBeVisible();
  const table = page.getByRole('table', { name: 'Exit nodes', exact: true });
  await expect(table.getByRole('row')).toHaveCount(2);
  const exit = rowOf(table, 'exit-eu');
  await expect(exit).toContainText('0.0.0.0/0');
  await expect(exit).toContainText('exit-eu-1');
  await expect(exit.getByRole('link', { name: 'Travelers' })).toBeVisible();
});

test('an exit node shows its routing peer, distribution groups and the IPv6 note', async ({ page }) => {
  await page.goto('/exit-nodes');
  await page.getByRole('table', { name: 'Exit nodes', exact: true }).getByRole('link', { name: 'exit-eu', exact: true }).click();
  await expectHeading(page, 'exit-eu');
  await expect(page).toHaveURL(/\/exit-nodes\/route-exit-eu$/);
  await expect(page.getByText('EU exit node for travelers')).toBeVisible();
  await expect(page.getByText(IPV6_NOTE)).toBeVisible();
  await expect(field(page, 'Network')).toHaveText('0.0.0.0/0');
  await expect(field(page, 'Routing peer')).toContainText('exit-eu-1');
  await expect(field(page, 'Distribution groups').getByRole('link', { name: 'Travelers' })).toBeVisible();
  await expect(field(page, 'Auto apply')).toContainText('Yes');
  await expect(field(page, 'Masquerade')).toHaveText('On');
});

test('a LAN route opened as an exit node says it is not one; an unknown one is not found', async ({ page }) => {
  await page.goto('/exit-nodes/route-branch-lab');
  await expectHeading(page, 'branch-lab');
  await expect(page.getByRole('alert')).toContainText('This route is not an exit node');

  await page.goto('/exit-nodes/route-gone');
  await expectHeading(page, 'Exit node');
  await expect(page.getByRole('alert')).toContainText('Not found');
});
