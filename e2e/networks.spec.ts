import { expect, test } from '@playwright/test';
import { expectHeading, field, rowOf } from './support/console';

/**
 * Networks on the embedded demo account: the list, the Office network with its three tabs, a
 * resource and a routing peer, deep links, and the page for a network that does not exist.
 */

test('lists the networks and opens Office on its resources', async ({ page }) => {
  await page.goto('/');
  // The console opens on Networks.
  await expectHeading(page, 'Networks');
  await expect(page).toHaveURL(/\/networks$/);

  const list = page.getByRole('table', { name: 'Networks', exact: true });
  for (const name of ['Office', 'Datacenter', 'Global VPC', 'Corp apps', 'Internal web', 'Kubernetes']) {
    await expect(list.getByRole('link', { name, exact: true })).toBeVisible();
  }
  await expect(rowOf(list, 'Global VPC')).toContainText('Shared services VPC, peered to eu-central-1 and us-east-1.');

  await list.getByRole('link', { name: 'Office', exact: true }).click();
  await expectHeading(page, 'Office');
  await expect(page).toHaveURL(/\/networks\/net-office$/);
  await expect(page.getByText('Berlin office LAN. office-gw also serves Grafana on tcp/3000')).toBeVisible();

  // Resources is the first tab.
  await expect(page.getByRole('tab', { name: 'Resources (1)' })).toHaveAttribute('aria-selected', 'true');
  const lan = rowOf(page.getByRole('table', { name: 'Resources', exact: true }), 'Office LAN');
  await expect(lan).toContainText('10.10.0.0/16');
  await expect(lan.getByRole('link', { name: 'office-lan' })).toBeVisible();
});

test('the Routing peers and Policies tabs of Office show its routing peer and policy', async ({ page }) => {
  await page.goto('/networks/net-office');
  await expectHeading(page, 'Office');

  await page.getByRole('tab', { name: 'Routing peers (1)' }).click();
  await expect(page).toHaveURL(/\?tab=routing-peers$/);
  const gw = rowOf(page.getByRole('table', { name: 'Routing peers', exact: true }), 'office-gw');
  await expect(gw).toContainText('Peer');
  await expect(gw).toContainText('100');

  await page.getByRole('tab', { name: 'Policies (1)' }).click();
  await expect(page).toHaveURL(/\?tab=policies$/);
  const policy = rowOf(page.getByRole('table', { name: 'Policies', exact: true }), 'Engineers to Office LAN');
  await expect(policy).toContainText('1 rule');
  await policy.getByRole('link', { name: 'Engineers to Office LAN' }).click();
  await expectHeading(page, 'Engineers to Office LAN');
});

test('opens a resource and a routing peer of a network', async ({ page }) => {
  await page.goto('/networks/net-office');
  await expectHeading(page, 'Office');

  await page.getByRole('table', { name: 'Resources', exact: true }).getByRole('link', { name: 'Office LAN' }).click();
  await expectHeading(page, 'Office LAN');
  await expect(page).toHaveURL(/\/networks\/net-office\/resources\/res-office-lan$/);
  await expect(page.getByText('Printers, NAS, lab machines')).toBeVisible();
  await expect(field(page, 'Address')).toContainText('10.10.0.0/16');
  await expect(field(page, 'Type')).toContainText(/subnet/i);
  await expect(page.getByRole('list', { name: 'Groups' }).getByRole('link', { name: 'office-lan' })).toBeVisible();

  // Back to the network through the breadcrumb, then into its routing peer.
  await page.getByRole('navigation', { name: 'Breadcrumb' }).getByRole('link', { name: 'Office' }).click();
  await expectHeading(page, 'Office');
  await page.getByRole('tab', { name: /Routing peers/ }).click();
  await page.getByRole('table', { name: 'Routing peers', exact: true }).getByRole('link', { name: 'office-gw' }).click();
  await expectHeading(page, 'office-gw');
  await expect(page.getByText('Routing peer of Office')).toBeVisible();
  await expect(field(page, 'Metric')).toHaveText('100 (lower wins; equal metrics share by latency)');
  const peers = page.getByRole('list', { name: 'Routing peers' });
  await expect(peers.getByRole('listitem')).toHaveCount(1);
  await expect(peers.getByRole('listitem')).toContainText('100.92.14.7');
  await expect(peers.getByRole('listitem')).toContainText('Connected');
});

test('a routing peer group lists every peer that routes for the network', async ({ page }) => {
  await page.goto('/networks/net-k8s/routers/router-k8s');
  await expectHeading(page, 'k8s');
  await expect(page.getByText('Every peer in these groups routes for the network.')).toBeVisible();
  const peers = page.getByRole('list', { name: 'Routing peers' }).getByRole('listitem');
  await expect(peers).toHaveCount(2);
  await expect(peers.filter({ hasText: 'k8s-node-1' })).toContainText('Connected');
  await expect(peers.filter({ hasText: 'k8s-node-2' })).toContainText('Disconnected');
});

test('a deep link to a network tab survives a reload', async ({ page }) => {
  await page.goto('/networks/net-datacenter?tab=routing-peers');
  await expectHeading(page, 'Datacenter');
  const rows = page.getByRole('table', { name: 'Routing peers', exact: true }).getByRole('row');
  // Header row, then primary (metric 10) before standby (metric 100).
  await expect(rows.nth(1)).toContainText('dc-router-a');
  await expect(rows.nth(2)).toContainText('dc-router-b');

  await page.reload();
  await expectHeading(page, 'Datacenter');
  await expect(page.getByRole('tab', { name: /Routing peers/ })).toHaveAttribute('aria-selected', 'true');
  await expect(rows.nth(1)).toContainText('dc-router-a');
});

test('search narrows the list', async ({ page }) => {
  await page.goto('/networks');
  await page.getByRole('searchbox', { name: 'Search networks' }).fill('vpc');
  const list = page.getByRole('table', { name: 'Networks', exact: true });
  await expect(list.getByRole('link')).toHaveCount(1);
  await expect(list.getByRole('link', { name: 'Global VPC' })).toBeVisible();
  await expect(page.getByText('1 of 6 items')).toBeVisible();
});

test('a link to a network that does not exist says it was not found', async ({ page }) => {
  await page.goto('/networks/net-gone');
  await expectHeading(page, 'Network');
  const error = page.getByRole('alert');
  await expect(error).toContainText('Not found');
  await expect(error).toContainText('It does not exist (any more)');

  await page.goto('/networks/net-office/resources/res-gone');
  await expect(page.getByRole('alert')).toContainText('Not found');
});
