import { expect, test } from '@playwright/test';
import { expectHeading, field, openArea, rowOf } from './support/console';

/** DNS on the embedded demo account: nameserver groups, settings and the DNS forwarder port. */

test('shows nameserver groups, the forwarder port 5353 with the peers holding it, and the settings', async ({ page }) => {
  await page.goto('/networks');
  await openArea(page, 'DNS');

  const groups = page.getByRole('table', { name: 'Nameserver groups', exact: true });
  const cloudflare = rowOf(groups, 'Cloudflare');
  await expect(cloudflare).toContainText('1.1.1.1:53');
  await expect(cloudflare).toContainText('1.0.0.1:53');
  await expect(cloudflare).toContainText('All domains');
  await expect(rowOf(groups, 'Corp DNS')).toContainText('corp.example');

  // Three demo peers run agents below 0.59.0, so the account stays on the legacy port.
  const forwarder = page.getByRole('region', { name: 'DNS forwarder port' });
  await expect(forwarder.getByText('Clients use port')).toBeVisible();
  await expect(forwarder.getByText('5353', { exact: true })).toBeVisible();
  await expect(forwarder).toContainText('3 peers hold it on 5353');
  const holding = forwarder.getByRole('list', { name: 'Peers holding the account on port 5353' }).getByRole('listitem');
  await expect(holding).toHaveCount(3);
  await expect(holding.filter({ hasText: 'bob-thinkpad' })).toContainText('0.58.2');
  await expect(holding.filter({ hasText: 'dave-pixel-8' })).toContainText('0.58.2');
  await expect(holding.filter({ hasText: 'erin-laptop' })).toContainText('0.57.1');

  await expect(page.getByRole('region', { name: 'Routing peer DNS resolution' })).toContainText('Enabled');
  await expect(page.getByRole('region', { name: 'DNS management disabled for' })).toContainText('None: NetBird manages DNS on every peer');

  await holding.getByRole('link', { name: 'erin-laptop' }).click();
  await expectHeading(page, 'erin-laptop');
});

test('a nameserver group shows its servers, domains and distribution groups', async ({ page }) => {
  await page.goto('/dns');
  await page.getByRole('table', { name: 'Nameserver groups', exact: true }).getByRole('link', { name: 'Corp DNS' }).click();
  await expectHeading(page, 'Corp DNS');
  await expect(page).toHaveURL(/\/dns\/nameservers\/ns-corp$/);
  await expect(field(page, 'Match domains')).toHaveText('corp.example');
  await expect(field(page, 'Search domains')).toContainText('Yes');
  await expect(field(page, 'Distribution groups').getByRole('link', { name: 'All' })).toBeVisible();
  const servers = page.getByRole('table', { name: 'Nameservers', exact: true });
  await expect(servers.getByRole('row').nth(1)).toHaveText(/10\.10\.0\.53\s*UDP\s*53/);

  await page.goto('/dns/nameservers/ns-cloudflare');
  await expectHeading(page, 'Cloudflare');
  await expect(page.getByText('Primary', { exact: true })).toBeVisible();
  await expect(field(page, 'Match domains')).toHaveText('All domains: this is the primary nameserver group of its distribution groups');
  await expect(page.getByRole('table', { name: 'Nameservers', exact: true }).getByRole('row')).toHaveCount(3);

  await page.goto('/dns/nameservers/ns-gone');
  await expectHeading(page, 'Nameserver group');
  await expect(page.getByRole('alert')).toContainText('Not found');
});
