import { expect, test } from '@playwright/test';
import { expectHeading, field, openArea, rowOf } from './support/console';

/** Groups on the embedded demo account: members and every place a group is used. */

test('lists the groups with their member counts', async ({ page }) => {
  await page.goto('/networks');
  await openArea(page, 'Groups');
  const table = page.getByRole('table', { name: 'Groups', exact: true });
  await expect(rowOf(table, 'All')).toContainText('17');
  await expect(rowOf(table, 'Engineers')).toContainText('3');
  await expect(rowOf(table, 'office-lan')).toContainText('1');
  await expect(table.getByRole('link', { name: 'k8s', exact: true })).toBeVisible();
});

test('a group shows its peers and where it is used', async ({ page }) => {
  await page.goto('/groups');
  await page.getByRole('table', { name: 'Groups', exact: true }).getByRole('link', { name: 'Engineers', exact: true }).click();
  await expectHeading(page, 'Engineers');
  await expect(page).toHaveURL(/\/groups\/grp-engineers$/);
  await expect(field(page, 'Peers')).toHaveText('3');

  const members = page.getByRole('table', { name: 'Peers of Engineers', exact: true });
  await expect(members.getByRole('row')).toHaveCount(4);
  await expect(rowOf(members, 'carol-desktop')).toContainText('windows');
  await expect(rowOf(members, 'bob-thinkpad')).toContainText('0.58.2');

  const usages = page.getByRole('table', { name: 'Where Engineers is used', exact: true });
  await expect(rowOf(usages, 'Engineers to Office LAN')).toContainText('Policy');
  await expect(rowOf(usages, 'Engineers to Office LAN')).toContainText('Rule 1 "Office LAN": source');
  await expect(rowOf(usages, 'Engineers peer-to-peer')).toContainText('source and destination');
  await expect(rowOf(usages, 'branch-printers')).toContainText('Network route');
  await expect(rowOf(usages, 'Cloudflare')).toContainText('Nameserver group');
  await expect(page.getByRole('table', { name: 'Network resources of Engineers', exact: true })).toHaveCount(0);
  await expect(page.getByText('No network resources in this group')).toBeVisible();

  await rowOf(usages, 'branch-printers').getByRole('link', { name: 'branch-printers' }).click();
  await expectHeading(page, 'branch-printers');
});

test('a routing peer group is used by routers and setup keys; a resource group lists its resources', async ({ page }) => {
  await page.goto('/groups/grp-office-routers');
  await expectHeading(page, 'office-routers');
  await expect(page.getByRole('table', { name: 'Peers of office-routers', exact: true }).getByRole('link', { name: 'office-gw' })).toBeVisible();
  const usages = page.getByRole('table', { name: 'Where office-routers is used', exact: true });
  await expect(rowOf(usages, 'Network Internal web')).toContainText('Routing peer group');
  await expect(rowOf(usages, 'Routing peers')).toContainText('Setup key');
  await expect(rowOf(usages, 'Old office key')).toContainText('Setup key');

  await page.goto('/groups/grp-office-lan');
  await expectHeading(page, 'office-lan');
  const resources = page.getByRole('table', { name: 'Network resources of office-lan', exact: true });
  await expect(rowOf(resources, 'Office LAN')).toContainText('10.10.0.0/16');
  await expect(rowOf(resources, 'Office LAN')).toContainText('Office');
  await expect(page.getByText('No peers in this group')).toBeVisible();
});

test('All is built in and holds every peer; a routing peer group names its network', async ({ page }) => {
  await page.goto('/groups/grp-all');
  await expectHeading(page, 'All');
  await expect(page.getByText('Built-in', { exact: true })).toBeVisible();
  await expect(page.getByRole('table', { name: 'Peers of All', exact: true }).getByRole('row')).toHaveCount(18);

  await page.goto('/groups/grp-us-routers');
  await expectHeading(page, 'us-routers');
  await expect(rowOf(page.getByRole('table', { name: 'Where us-routers is used', exact: true }), 'Network Global VPC')).toContainText('Routing peer group');
});

test('a link to a group that does not exist says it was not found', async ({ page }) => {
  await page.goto('/groups/grp-gone');
  await expectHeading(page, 'Group');
  await expect(page.getByRole('alert')).toContainText('Not found');
});
