import type { Locator, Page } from '@playwright/test';
import { field, sidebar } from './support/console';
import { expect, test } from './support/fixtures';

/**
 * The Trace page on the embedded demo account: the pitfalls the demo was built to show, traced
 * the way an admin would, reading the verdict and the objects that decided it.
 */

/** PAGE_LOAD_MS: a full load fetches the page's code and the whole account; give it more than one expect. */
const PAGE_LOAD_MS = 15_000;

/** openTrace: a full load of the Trace page (optionally a shared trace URL), ready for input. */
async function openTrace(page: Page, search = ''): Promise<void> {
  await page.goto(`/trace${search}`);
  await expect(page.getByRole('combobox', { name: 'Source peer' })).toBeVisible({ timeout: PAGE_LOAD_MS });
}

const verdict = (page: Page) => page.getByRole('region', { name: 'Verdict' });
const facts = (page: Page) => page.getByRole('region', { name: 'Deciding objects' });

async function pickSource(page: Page, search: string, name: string): Promise<void> {
  const source = page.getByRole('combobox', { name: 'Source peer' });
  await source.click();
  await source.fill(search);
  await page.getByRole('listbox', { name: 'Peers' }).getByRole('option', { name: new RegExp(`^${name}`) }).click();
  await expect(source).toHaveValue(name);
}

async function setDestination(page: Page, text: string): Promise<void> {
  const dest = page.getByRole('combobox', { name: 'Destination' });
  await dest.fill(text);
  await dest.press('Escape');
}

async function pickProtocol(page: Page, label: 'TCP' | 'UDP' | 'ICMP' | 'All'): Promise<void> {
  await page.getByRole('combobox', { name: 'Protocol' }).click();
  await page.getByRole('option', { name: label, exact: true }).click();
}

function link(scope: Locator, name: string): Locator {
  return scope.getByRole('link', { name, exact: true });
}

test('an Engineer reaches the Office LAN on 443 through office-gw, allowed by the resource policy', async ({ page }) => {
  test.slow();
  await page.goto('/networks');
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Networks', { timeout: PAGE_LOAD_MS });
  await sidebar(page).getByRole('link', { name: 'Trace', exact: true }).click();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Trace', { timeout: PAGE_LOAD_MS });
  await expect(page.getByText('Pick a source peer and a destination')).toBeVisible();

  await pickSource(page, 'alice', 'alice-macbook');
  await expect(page.getByText('100.92.101.15 · darwin')).toBeVisible();
  await setDestination(page, '10.10.4.5:443');
  await expect(page.getByText('IP address 10.10.4.5 · port 443')).toBeVisible();

  await expect(verdict(page)).toContainText('Allowed');
  const path = page.getByRole('region', { name: 'Path' });
  await expect(link(path, 'alice-macbook')).toBeVisible();
  await expect(link(path, 'office-gw')).toBeVisible();
  await expect(link(path, 'Office LAN')).toBeVisible();

  await expect(field(facts(page), 'Routing peer')).toContainText('office-gw');
  await expect(field(facts(page), 'Chain')).toContainText('Forward');
  await expect(field(facts(page), 'Source after NAT')).toHaveText('10.10.0.2');
  const policy = link(facts(page), 'Engineers to Office LAN');
  await expect(policy).toHaveAttribute('href', '/policies/pol-office');
  await expect(link(facts(page), 'Office')).toHaveAttribute('href', '/networks/net-office');
  await expect(link(facts(page), 'Office LAN')).toHaveAttribute('href', '/networks/net-office/resources/res-office-lan');

  // Why office-gw: it is the network's only routing peer.
  const choice = page.getByRole('region', { name: 'Routing peer choice' });
  await expect(choice).toContainText('is the only available routing peer');
  await expect(choice.getByRole('row', { name: /office-gw/ })).toContainText('Primary');

  // The same packet, to confirm on the real routing peer.
  const confirm = page.getByRole('region', { name: 'Confirm on the peer' });
  await expect(confirm).toContainText('netbird debug trace in 100.92.101.15 10.10.4.5 -p tcp --dport 443 --syn');
  await expect(link(confirm, 'office-gw')).toHaveAttribute('href', '/peers/peer-office-gw');

  await policy.click();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Engineers to Office LAN', { timeout: PAGE_LOAD_MS });
});

test("SSH to office-gw's own LAN address is denied in the input chain, with the fix", async ({ page }) => {
  await openTrace(page);
  await pickSource(page, '100.92.101.15', 'alice-macbook');
  await setDestination(page, '10.10.0.2');
  await pickProtocol(page, 'TCP');
  await page.getByRole('textbox', { name: 'Port' }).fill('22');

  await expect(verdict(page)).toContainText('Denied');
  await expect(verdict(page)).toContainText('No policy allows this packet');
  await expect(verdict(page)).toContainText('own address of routing peer office-gw');
  await expect(field(facts(page), 'Chain')).toContainText('Input');
  await expect(field(facts(page), 'Policy')).toHaveText('No policy matches');

  const fix = verdict(page).getByRole('note', { name: 'What would fix it' });
  await expect(fix).toContainText('a resource policy does not cover it. Add a peer-to-peer policy');
  await expect(link(fix, 'Go to Policies')).toHaveAttribute('href', '/policies');
  await expect(link(fix, 'Open peer office-gw')).toHaveAttribute('href', '/peers/peer-office-gw');
  const stages = page.getByRole('region', { name: 'Stages' });
  await expect(stages.getByRole('listitem').filter({ hasText: 'Peer ACL (failed)' })).toBeVisible();
});

test('a Traveler cannot use the exit node: no policy, not even ICMP, links it with exit-eu-1', async ({ page }) => {
  await openTrace(page);
  await pickSource(page, 'grace', 'grace-galaxy-s24');
  await setDestination(page, '8.8.8.8');
  await pickProtocol(page, 'ICMP');

  await expect(verdict(page)).toContainText('Denied');
  await expect(verdict(page)).toContainText('The client never connects to the routing peer');
  await expect(verdict(page)).toContainText('no-peer-connection');
  const fix = verdict(page).getByRole('note', { name: 'What would fix it' });
  await expect(fix).toContainText('at least ICMP, the minimum for an exit node to work');
  await expect(link(fix, 'Open exit node exit-eu')).toHaveAttribute('href', '/exit-nodes/route-exit-eu');

  const choice = page.getByRole('region', { name: 'Routing peer choice' });
  await expect(choice.getByRole('row', { name: /exit-eu-1/ })).toContainText('Not connected');
  await expect(page.getByRole('region', { name: 'Confirm on the peer' })).toContainText('netbird debug trace out 100.92.104.5 8.8.8.8 -p icmp --icmp-type 8 --icmp-code 0');
});

test('app.corp.example leaks through the Apps subnet range for an Engineer, and the page names the policy that let it in', async ({ page }) => {
  await openTrace(page);
  await pickSource(page, 'alice', 'alice-macbook');
  await setDestination(page, 'app.corp.example:443');
  await expect(page.getByText('Domain name app.corp.example · port 443')).toBeVisible();

  // Alice is not given the Corp app domain resource (Contractors only), yet the packet passes.
  await expect(verdict(page)).toContainText('Allowed');
  const leak = page.getByRole('alert', { name: 'Domain and IP range overlap' });
  await expect(leak).toContainText('Domain/IP-range leak: app.corp.example went through an IP range');
  await expect(link(leak, 'Corp app')).toBeVisible();
  await expect(link(leak, 'Apps subnet')).toBeVisible();
  await expect(link(leak, 'Engineers to Apps subnet')).toHaveAttribute('href', '/policies/pol-apps-subnet');
  await expect(leak).toContainText('is the policy that actually let the packet through');
  await expect(field(facts(page), 'Policy')).toHaveText('Engineers to Apps subnet');

  const dns = page.getByRole('region', { name: 'DNS' });
  await expect(field(dns, 'Answers')).toHaveText('10.20.3.4');
  await expect(field(dns, 'Resolved by')).toContainText('The client itself');
});

test('a trace is a link: reloading the URL traces the same packet again', async ({ page }) => {
  test.slow();
  await openTrace(page);
  await pickSource(page, 'alice', 'alice-macbook');
  await setDestination(page, '10.10.0.2:22');
  await expect(verdict(page)).toContainText('Denied');
  await expect(page).toHaveURL(/\/trace\?from=peer-alice-mbp&to=10\.10\.0\.2%3A22$/);

  await page.reload();
  await expect(page.getByRole('combobox', { name: 'Source peer' })).toHaveValue('alice-macbook', { timeout: PAGE_LOAD_MS });
  await expect(page.getByRole('combobox', { name: 'Destination' })).toHaveValue('10.10.0.2:22');
  await expect(verdict(page)).toContainText('No policy allows this packet');
  await expect(field(facts(page), 'Chain')).toContainText('Input');

  // A link written by hand (or shared) opens straight on its result.
  await openTrace(page, '?from=peer-grace-galaxy&to=8.8.8.8&proto=icmp');
  await expect(page.getByRole('combobox', { name: 'Protocol' })).toHaveText('ICMP');
  await expect(verdict(page)).toContainText('no-peer-connection');
});

test("a Contractor's app.corp.example query goes to apps-gw's DNS forwarder on port 5353, held there by old agents", async ({ page }) => {
  await openTrace(page);
  await pickSource(page, 'erin', 'erin-laptop');
  await setDestination(page, 'app.corp.example:443');

  await expect(verdict(page)).toContainText('Allowed');
  const dns = page.getByRole('region', { name: 'DNS' });
  await expect(field(dns, 'Resolved by')).toContainText('DNS forwarder of routing peer apps-gw');
  await expect(field(dns, 'Port')).toContainText('5353');
  await expect(field(dns, 'Port')).toContainText('older than 0.59.0');
  await expect(field(facts(page), 'Policy')).toHaveText('Contractors to Corp app');
  await expect(page.getByRole('region', { name: 'Stages' })).toContainText('on port 5353');
});
