import { expect, test } from '@playwright/test';
import { expectHeading, field, openArea, rowOf } from './support/console';

/** Peers on the embedded demo account: the list, a routing peer, an exit node peer and a laptop. */

test('lists every peer with address, platform, version, state and groups', async ({ page }) => {
  await page.goto('/networks');
  await openArea(page, 'Peers');
  await expect(page.getByText('17 items')).toBeVisible();

  const table = page.getByRole('table', { name: 'Peers', exact: true });
  const bob = rowOf(table, 'bob-thinkpad');
  await expect(bob).toContainText('100.92.101.27');
  await expect(bob).toContainText('linux');
  await expect(bob).toContainText('0.58.2');
  await expect(bob.getByRole('link', { name: 'Engineers' })).toBeVisible();
  await expect(rowOf(table, 'dave-pixel-8')).toContainText('Disconnected');
  // Headless routing peers registered with a setup key never need to log in again.
  await expect(rowOf(table, 'office-gw')).toContainText('Never');

  await page.getByRole('searchbox', { name: 'Search peers' }).fill('windows');
  await expect(table.getByRole('row')).toHaveCount(3);
  await expect(table.getByRole('link', { name: 'carol-desktop' })).toBeVisible();
  await expect(table.getByRole('link', { name: 'erin-laptop' })).toBeVisible();
});

test('a routing peer shows the networks it routes for and its details', async ({ page }) => {
  await page.goto('/peers');
  await page.getByRole('table', { name: 'Peers', exact: true }).getByRole('link', { name: 'office-gw' }).click();
  await expectHeading(page, 'office-gw');
  await expect(page).toHaveURL(/\/peers\/peer-office-gw$/);

  const networks = page.getByRole('table', { name: 'Networks this peer routes for', exact: true });
  await expect(rowOf(networks, 'Office')).toContainText('This peer');
  // It also routes for Internal web through its group office-routers.
  await expect(rowOf(networks, 'Internal web')).toContainText('Group office-routers');

  await expect(field(page, 'NetBird IP')).toContainText('100.92.14.7');
  await expect(field(page, 'Location')).toHaveText('Berlin, DE');
  await expect(field(page, 'Operating system')).toHaveText('linux');
  await expect(field(page, 'Agent version')).toHaveText('0.60.2');
  await expect(field(page, 'Login expiration')).toHaveText('Off');

  await networks.getByRole('link', { name: 'Office' }).click();
  await expectHeading(page, 'office-gw');
  await expect(page.getByText('Routing peer of Office')).toBeVisible();
});

test('the exit node peer shows its default route; a laptop is no routing peer', async ({ page }) => {
  await page.goto('/peers/peer-exit-eu');
  await expectHeading(page, 'exit-eu-1');
  const route = rowOf(page.getByRole('table', { name: 'Network routes this peer serves', exact: true }), 'exit-eu');
  await expect(route).toContainText('0.0.0.0/0');
  await expect(route).toContainText('Exit node');

  await page.goto('/peers/peer-alice-mbp');
  await expectHeading(page, 'alice-macbook');
  await expect(page.getByText('This peer is not a routing peer')).toBeVisible();
  await expect(field(page, 'Login expiration')).toHaveText('On');
});

test('a link to a peer that does not exist says it was not found', async ({ page }) => {
  await page.goto('/peers/peer-gone');
  await expectHeading(page, 'Peer');
  await expect(page.getByRole('alert')).toContainText('Not found');
});
