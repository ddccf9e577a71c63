import { expect, test } from '@playwright/test';
import { expectHeading, field, openArea, rowOf } from './support/console';

/** Policies on the embedded demo account: every rule of a policy, and what each rule really allows. */

test('lists the policies with their rules summarised', async ({ page }) => {
  await page.goto('/networks');
  await openArea(page, 'Policies');
  await expect(page.getByText('8 items')).toBeVisible();
  const table = page.getByRole('table', { name: 'Policies', exact: true });
  const dc = rowOf(table, 'Engineers to Datacenter');
  await expect(dc).toContainText('SSH, HTTPS and application ports in the datacenter');
  await expect(dc).toContainText('Engineers → datacenter');
  await expect(dc).toContainText('TCP');
  // A rule towards a single resource names the resource.
  await expect(rowOf(table, 'Engineers to internal sites')).toContainText('Engineers → Internal sites');
});

test('a multi-rule policy shows every rule', async ({ page }) => {
  await page.goto('/policies');
  await page.getByRole('table', { name: 'Policies', exact: true }).getByRole('link', { name: 'Engineers to Datacenter' }).click();
  await expectHeading(page, 'Engineers to Datacenter');
  await expect(page).toHaveURL(/\/policies\/pol-datacenter$/);
  await expect(field(page.getByRole('region', { name: 'Policy' }), 'Rules')).toHaveText('2 rules');

  const first = page.getByRole('region', { name: 'Rule 1: SSH and HTTPS' });
  await expect(field(first, 'Protocol')).toHaveText('TCP');
  await expect(field(first, 'Ports')).toHaveText('22, 443');
  await expect(field(first, 'Sources').getByRole('link', { name: 'Engineers' })).toBeVisible();
  await expect(field(first, 'Destinations').getByRole('link', { name: 'datacenter' })).toBeVisible();
  await expect(field(first, 'Direction')).toHaveText('One-way (sources open connections to destinations)');

  const second = page.getByRole('region', { name: 'Rule 2: Application ports' });
  await expect(field(second, 'Ports')).toHaveText('8000–8999');
  await expect(field(second, 'Action')).toHaveText('Accept');
});

test('a rule towards a resource is one-way; a peer-to-peer rule goes both ways', async ({ page }) => {
  await page.goto('/policies/pol-internal-web');
  await expectHeading(page, 'Engineers to internal sites');
  const rule = page.getByRole('region', { name: 'Rule 1: Web' });
  const destination = field(rule, 'Destinations');
  await expect(destination).toContainText('*.internal.example');
  await expect(destination).toContainText('in network Internal web');
  await expect(field(rule, 'Direction')).toHaveText('One-way (resource destinations have no agent and cannot open connections back)');

  await destination.getByRole('link', { name: 'Internal sites' }).click();
  await expectHeading(page, 'Internal sites');

  await page.goto('/policies/pol-engineers-mesh');
  await expectHeading(page, 'Engineers peer-to-peer');
  await expect(field(page.getByRole('region', { name: 'Rule 1: Mesh' }), 'Direction')).toHaveText('Both ways (either side may open connections)');
});

test('a link to a policy that does not exist says it was not found', async ({ page }) => {
  await page.goto('/policies/pol-gone');
  await expectHeading(page, 'Policy');
  await expect(page.getByRole('alert')).toContainText('Not found');
});
