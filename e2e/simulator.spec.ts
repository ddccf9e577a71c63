import type { Page } from '@playwright/test';
import { rowOf, sidebar } from './support/console';
import { expect, test } from './support/fixtures';

/**
 * The Simulator page on the embedded demo account: routing-peer failover and failback driven
 * from the page's buttons and read back from the timeline's text (legend and switch list), the
 * built-in scenarios, scenario files, and the ruleset a routing peer installs following a policy
 * edit made in the Policies page.
 */

test.describe.configure({ timeout: 90_000 });

/** PAGE_LOAD_MS: a full load fetches the page's code and the whole account. */
const PAGE_LOAD_MS = 30_000;

async function openSimulator(page: Page): Promise<void> {
  await page.goto('/simulator');
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Simulator', { timeout: PAGE_LOAD_MS });
  await expect(page.getByRole('region', { name: 'Routing peers' })).toBeVisible({ timeout: PAGE_LOAD_MS });
}

const clockTo = (page: Page, seconds: number) => page.getByRole('slider', { name: 'Simulated time (seconds)' }).fill(String(seconds));
const routingPeer = (page: Page, name: string) => page.getByRole('region', { name: 'Routing peers' }).getByRole('group', { name, exact: true });
const timeline = (page: Page) => page.getByRole('region', { name: 'Timeline' });
const switches = (page: Page) => page.getByRole('region', { name: 'Switches' });

test('stopping the primary routing peer moves its clients to the standby, starting it moves them back', async ({ page }) => {
  await openSimulator(page);
  await expect(switches(page)).toContainText('0 switches');

  await clockTo(page, 60);
  await routingPeer(page, 'dc-router-a').getByRole('button', { name: 'Stop' }).click();
  await expect(routingPeer(page, 'dc-router-a')).toContainText('stopped');
  const list = switches(page).getByRole('listitem');
  await expect(list).toHaveCount(3);
  for (const client of ['alice-macbook', 'bob-thinkpad', 'carol-desktop']) {
    await expect(list.filter({ hasText: client })).toContainText(`1:00${client} · Datacenter: dc-router-a → dc-router-bRouting peer changed: current routing peer unavailable`);
  }
  // the timeline shows the Datacenter, where the standby now carries every client
  await expect(timeline(page).getByRole('combobox', { name: 'Route' })).toContainText('Datacenter');
  const legend = timeline(page).getByRole('list', { name: 'Legend' });
  await expect(legend).toContainText('dc-router-b: carries 3 now');
  await expect(legend).toContainText('dc-router-a: carries 0 now');

  await clockTo(page, 240);
  await routingPeer(page, 'dc-router-a').getByRole('button', { name: 'Start' }).click();
  await expect(list).toHaveCount(6);
  await expect(list.filter({ hasText: '4:00' }).first()).toContainText('dc-router-b → dc-router-aRouting peer changed: lower route metric');
  await expect(legend).toContainText('dc-router-a: carries 3 now');
  await expect(switches(page).getByRole('heading')).toHaveText('6 switches · 6 established TCP flows reset');

  // moving the clock back into the outage shows the standby carrying them again
  await clockTo(page, 120);
  await expect(legend).toContainText('dc-router-b: carries 3 now');
  await expect(page.getByRole('list', { name: 'Paths now' })).toContainText('alice-macbook → dc-router-b → DC core 172.16.0.0/16');
});

test('the ruleset of a routing peer follows a policy edit', async ({ page }) => {
  await openSimulator(page);
  const views = page.getByRole('region', { name: 'Peer views' });
  await expect(views.getByRole('combobox', { name: 'Peer' })).toContainText('office-gw');
  const ruleset = views.getByLabel('Firewall ruleset of office-gw', { exact: true });
  await expect(ruleset).toContainText(`ip daddr 10.10.0.0/16 accept comment "policy 'Engineers to Office LAN' (pol-office, rule 'Office LAN') to resource 'Office LAN' (network Office)"`);
  await expect(ruleset).toContainText('th dport 5353 redirect to :22054');

  await sidebar(page).getByRole('link', { name: 'Policies', exact: true }).click();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Policies', { timeout: PAGE_LOAD_MS });
  const table = page.getByRole('table', { name: 'Policies' });
  await table.getByRole('checkbox', { name: 'Select Engineers to Office LAN' }).check();
  await page.getByRole('toolbar', { name: 'Bulk actions' }).getByRole('button', { name: 'Disable' }).click();
  await expect(page.getByText('Disabled 1 policy.')).toBeVisible();
  await expect(rowOf(table, 'Engineers to Office LAN')).toContainText('Disabled');

  await sidebar(page).getByRole('link', { name: 'Simulator', exact: true }).click();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Simulator', { timeout: PAGE_LOAD_MS });
  await expect(ruleset).toBeVisible({ timeout: PAGE_LOAD_MS });
  await expect(ruleset).not.toContainText('Engineers to Office LAN');
  await expect(ruleset).toContainText(`policy 'Engineers to internal sites' (pol-internal-web, rule 'Web') to resource 'Internal sites' (network Internal web)`);
});

test('runs a built-in scenario and refuses a scenario file naming peers the account does not have', async ({ page }) => {
  await openSimulator(page);
  const scenario = page.getByRole('region', { name: 'Scenario' });
  await scenario.getByRole('combobox', { name: 'Scenario' }).click();
  await page.getByRole('option', { name: 'Routing peer degrading to relayed' }).click();
  await expect(scenario).toContainText('eu-gw-1 (20 ms) becomes relayed for the clients of Global VPC at 0:45 and direct again at 5:00');
  await expect(switches(page).getByRole('heading')).toHaveText('8 switches · 8 established TCP flows reset');
  await expect(switches(page).getByRole('listitem').first()).toContainText('1:30alice-macbook · Global VPC: eu-gw-1 → us-gw-1Routing peer changed: direct connection preferred over relayed');

  await scenario.getByLabel('Scenario file').setInputFiles({
    name: 'other.json',
    mimeType: 'application/json',
    buffer: Buffer.from(JSON.stringify({ duration_s: 300, events: [{ t: 30, peer: 'gw-elsewhere', set: { online: false } }] })),
  });
  const alert = scenario.getByRole('alert');
  await expect(alert).toContainText('other.json does not fit this account');
  await expect(alert).toContainText('events[0].peer: no peer with id "gw-elsewhere" in this account');
});

test('a lab edit is saved with the account: the simulation starts from it and the peer’s connected flag follows', async ({ page }) => {
  await openSimulator(page);
  const lab = page.getByRole('region', { name: 'Lab', exact: true });
  await lab.getByRole('combobox', { name: 'Liveness of dc-router-a' }).click();
  await page.getByRole('option', { name: 'Offline', exact: true }).click();
  await lab.getByRole('button', { name: 'Save lab' }).click();
  await expect(lab.getByText('Lab saved with the account.')).toBeVisible();

  // from the start, the standby carries the datacenter and the primary is stopped
  await expect(routingPeer(page, 'dc-router-a')).toContainText('stopped');
  await expect(timeline(page).getByRole('list', { name: 'Legend' })).toContainText('dc-router-b: carries 3 now');

  await sidebar(page).getByRole('link', { name: 'Peers', exact: true }).click();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Peers', { timeout: PAGE_LOAD_MS });
  await expect(rowOf(page.getByRole('table', { name: 'Peers' }), 'dc-router-a')).toContainText('Disconnected');
});
