import type { Locator, Page } from '@playwright/test';
import { expectHeading, field, rowOf } from '../support/console';
import { expect, test } from '../support/fixtures';

/**
 * Networks editors (issue 3) on the demo account: networks, resources and routing peers, with each
 * routing-peer rule seen while deciding: the domain/IP mix alert, the wildcard DNS warning,
 * masquerade (non-Linux, return route, HA), the honest HA panel, drain, paste-many, default deny
 * and bulk edits. Only the UI is driven, so the same specs run against `nbrc serve --token`.
 */

/** pickGroup: types into a group picker and picks (or creates) the group. */
async function pickGroup(scope: Page | Locator, label: string, name: string, create = false): Promise<void> {
  const box = scope.getByRole('combobox', { name: label, exact: true });
  await box.fill(name);
  const option = create ? scope.getByRole('option', { name: `Create group “${name}”` }) : scope.getByRole('option', { name: new RegExp(`^${name}\\b`) });
  await option.click();
  await expect(scope.getByRole('list', { name: 'Selected groups' }).getByText(name, { exact: true })).toBeVisible();
}

async function pickPeer(page: Page, name: string): Promise<void> {
  await page.getByRole('combobox', { name: 'Peer', exact: true }).fill(name);
  await page.getByRole('option', { name: new RegExp(`^${name}\\b`) }).click();
  await expect(page.getByRole('group', { name: 'Selected peer' })).toContainText(name);
}

// Editor flows take many steps; on a loaded machine they need more than the default 30 s.
test.describe.configure({ timeout: 90_000 });

/** SLOW_LOAD: a fresh page load (embedded control plane + whole-account snapshot) on a busy machine. */
const SLOW_LOAD = { timeout: 30_000 };

/** open: a fresh page load, waiting for its heading. */
async function open(page: Page, url: string, heading: string): Promise<void> {
  await page.goto(url);
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(heading, SLOW_LOAD);
}

const haPanel = (page: Page) => page.getByRole('region', { name: 'High availability' });

/** openRoutingPeers: a network's Routing peers tab, once its HA panel is there. */
async function openRoutingPeers(page: Page, networkId: string, heading: string): Promise<void> {
  await open(page, `/networks/${networkId}?tab=routing-peers`, heading);
  await expect(haPanel(page)).toBeVisible(SLOW_LOAD);
}
const haRow = (page: Page, peer: string) => rowOf(haPanel(page).getByRole('table', { name: 'Client ranking' }), peer);

test('creates, renames and deletes a network; deleting names the resources and routing peers that go with it', async ({ page }) => {
  await open(page, '/networks', 'Networks');
  await page.getByRole('button', { name: 'New network' }).click();
  const dialog = page.getByRole('dialog', { name: 'New network' });
  await dialog.getByRole('button', { name: 'Create network' }).click();
  await expect(dialog.getByText('network name should not be empty')).toBeVisible();
  await dialog.getByLabel('Name').fill('Lab');
  await dialog.getByLabel('Description').fill('Test bench');
  await dialog.getByRole('button', { name: 'Create network' }).click();
  await expectHeading(page, 'Lab');
  await expect(page.getByRole('status').filter({ hasText: 'Network “Lab” created.' })).toBeVisible();

  await page.getByRole('button', { name: 'Edit' }).click();
  const edit = page.getByRole('dialog', { name: 'Edit network “Lab”' });
  await edit.getByLabel('Name').fill('Lab bench');
  await edit.getByRole('button', { name: 'Save network' }).click();
  await expectHeading(page, 'Lab bench');

  await open(page, '/networks/net-datacenter', 'Datacenter');
  await page.getByRole('button', { name: 'Delete' }).click();
  const confirm = page.getByRole('alertdialog', { name: 'Delete network “Datacenter”?' });
  await expect(confirm).toContainText('This also deletes its 1 resource and 2 routing peers.');
  await expect(confirm).toContainText('DC core (172.16.0.0/16)');
  await expect(confirm).toContainText('dc-router-a');
  await expect(confirm).toContainText('dc-router-b');
  await confirm.getByRole('button', { name: 'Delete network' }).click();
  await expectHeading(page, 'Networks');
  await expect(page.getByRole('status').filter({ hasText: 'Network “Datacenter” deleted.' })).toBeVisible();
  await expect(page.getByRole('table', { name: 'Networks' }).getByRole('link', { name: 'Datacenter', exact: true })).toHaveCount(0);
});

test('creates a resource (type detected live, bare IP saved as /32, group created inline), explains default deny, edits and deletes it', async ({ page }) => {
  await open(page, '/networks/net-k8s', 'Kubernetes');
  await page.getByRole('link', { name: 'Add resource' }).click();
  await expectHeading(page, 'New resource');
  await page.getByRole('button', { name: 'Create resource' }).click();
  await expect(page.getByText('groups must name at least one group')).toBeVisible();

  await page.getByLabel('Name').fill('Metrics');
  await page.getByLabel('Address', { exact: true }).fill('10.96.5.5');
  const detection = page.getByTestId('address-detection');
  await expect(detection).toContainText('host');
  await expect(detection).toContainText('saved as 10.96.5.5/32');
  await pickGroup(page, 'Groups', 'metrics', true);
  await page.getByRole('button', { name: 'Create resource' }).click();

  await expectHeading(page, 'Metrics');
  await expect(page.getByRole('status').filter({ hasText: 'Resource “Metrics” created.' })).toBeVisible();
  await expect(field(page, 'Address')).toContainText('10.96.5.5/32');

  // Default deny: nobody can reach a resource no policy names.
  await page.getByRole('navigation', { name: 'Breadcrumb' }).getByRole('link', { name: 'Kubernetes' }).click();
  await expectHeading(page, 'Kubernetes');
  const deny = page.getByRole('alert').filter({ hasText: 'Nobody can reach this resource' });
  await expect(deny).toContainText('Networks deny by default');
  await expect(deny.getByRole('listitem')).toHaveText('Metrics (10.96.5.5/32): no policy allows it');

  await deny.getByRole('link', { name: 'Metrics' }).click();
  await page.getByLabel('Address', { exact: true }).fill('10.96.5.0/24');
  await expect(page.getByTestId('address-detection')).toContainText('subnet');
  await page.getByRole('button', { name: 'Save resource' }).click();
  await expect(page.getByRole('status').filter({ hasText: 'Resource saved.' })).toBeVisible();
  await expect(field(page, 'Address')).toContainText('10.96.5.0/24');

  await page.getByRole('button', { name: 'Delete' }).click();
  const confirm = page.getByRole('alertdialog', { name: 'Delete resource “Metrics”?' });
  await expect(confirm).toContainText('Groups it leaves (1)');
  await confirm.getByRole('button', { name: 'Delete resource' }).click();
  await expectHeading(page, 'Kubernetes');
  await expect(page.getByRole('table', { name: 'Resources' }).getByRole('link', { name: 'Metrics' })).toHaveCount(0);
});

test('deleting a resource names the policy rules that lose it', async ({ page }) => {
  await open(page, '/networks/net-internal-web/resources/res-internal-web', 'Internal sites');
  await page.getByRole('button', { name: 'Delete' }).click();
  const confirm = page.getByRole('alertdialog', { name: 'Delete resource “Internal sites”?' });
  await expect(confirm).toContainText('Policy rules that lose this resource (1)');
  await expect(confirm).toContainText('policy "Engineers to internal sites"');
  await expect(confirm).toContainText('Policies deleted because nothing would be left in them (1)');
});

test('a domain resource in a network of IP resources raises the mix alert and moves to a dedicated network in one click', async ({ page }) => {
  await open(page, '/networks/net-k8s/resources/new', 'New resource');
  await page.getByLabel('Name').fill('Grafana');
  await page.getByLabel('Address', { exact: true }).fill('grafana.corp.example');
  await expect(page.getByTestId('address-detection')).toContainText('domain');
  const alert = page.getByRole('alert').filter({ hasText: 'This network would mix domain and IP resources' });
  await expect(alert).toContainText('Kubernetes already holds IP resources: Cluster services (10.96.0.0/12).');
  await expect(alert).toContainText('a peer allowed to an IP range also reaches every domain that resolves into it');
  await expect(alert).toContainText('Put the domain resource in a dedicated network with its own routing peers.');
  await pickGroup(page, 'Groups', 'k8s-services');
  await alert.getByRole('button', { name: 'Save in a new network “Kubernetes (domains)”' }).click();

  await expectHeading(page, 'Grafana');
  await expect(page.getByRole('status').filter({ hasText: 'saved in network “Kubernetes (domains)”' })).toContainText('Add routing peers to that network');
  await expect(page.getByRole('navigation', { name: 'Breadcrumb' }).getByRole('link', { name: 'Kubernetes (domains)' })).toBeVisible();
});

test('a wildcard domain warns while Routing Peer DNS Resolution is off; enabling it clears the warning', async ({ page }) => {
  // The demo account has the setting on: turn it off on the DNS page first.
  await open(page, '/dns', 'DNS');
  const setting = page.getByRole('switch', { name: 'Routing Peer DNS Resolution' });
  await setting.click();
  await expect(setting).toHaveAttribute('aria-checked', 'false');

  await open(page, '/networks/net-internal-web/resources/new', 'New resource');
  await page.getByLabel('Address', { exact: true }).fill('*.wiki.example');
  await expect(page.getByTestId('address-detection')).toContainText('wildcard');
  const warning = page.getByRole('alert').filter({ hasText: 'Wildcard domains need Routing Peer DNS Resolution' });
  await expect(warning).toContainText('Routing Peer DNS Resolution is off for this account');
  await warning.getByRole('button', { name: 'Enable Routing Peer DNS Resolution' }).click();
  await expect(page.getByText('Wildcard domains need Routing Peer DNS Resolution')).toHaveCount(0);
});

test('paste many: one bad line creates nothing and names the line; a clean paste creates one resource per line', async ({ page }) => {
  await open(page, '/networks/net-k8s', 'Kubernetes');
  await page.getByRole('button', { name: 'Paste many…' }).click();
  const dialog = page.getByRole('dialog', { name: 'Paste many addresses' });
  await dialog.getByLabel('Addresses').fill('10.96.1.1\nbad host name\n10.96.2.0/24');
  await pickGroup(dialog, 'Groups for every resource', 'k8s-services');
  await dialog.getByRole('button', { name: 'Create resources' }).click();
  const invalid = dialog.getByRole('list', { name: 'Invalid lines' });
  await expect(invalid).toContainText('Line 2 (bad host name): invalid address');
  await expect(dialog.getByText('1 line is invalid: nothing was created.')).toBeVisible();
  await dialog.getByRole('button', { name: 'Cancel' }).click();
  await expect(page.getByRole('table', { name: 'Resources' }).getByRole('link', { name: '10.96.1.1' })).toHaveCount(0);

  await page.getByRole('button', { name: 'Paste many…' }).click();
  await dialog.getByLabel('Addresses').fill('10.96.1.1\n10.96.2.0/24');
  await pickGroup(dialog, 'Groups for every resource', 'k8s-services');
  await dialog.getByRole('button', { name: 'Create resources' }).click();
  await expect(page.getByRole('status').filter({ hasText: 'Created 2 resources.' })).toBeVisible();
  const table = page.getByRole('table', { name: 'Resources' });
  await expect(rowOf(table, '10.96.1.1')).toContainText('10.96.1.1/32');
  await expect(rowOf(table, '10.96.2.0/24')).toContainText('subnet');
});

test('masquerade is disabled with the reason for a non-Linux peer, and a group with non-Linux peers is warned about', async ({ page }) => {
  await open(page, '/networks/net-office/routers/new', 'New routing peer');
  await pickPeer(page, 'carol-desktop');
  await expect(page.getByRole('group', { name: 'Selected peer' })).toContainText('windows');
  const masquerade = page.getByRole('switch', { name: 'Masquerade' });
  await expect(masquerade).toBeDisabled();
  await expect(masquerade).toHaveAttribute('aria-checked', 'true');
  await expect(page.getByText('Masquerade can only be turned off on Linux routing peers: carol-desktop runs windows. Masquerade stays on.')).toBeVisible();

  await page.getByRole('radio', { name: /A peer group/ }).check();
  await pickGroup(page, 'Peer groups', 'Engineers');
  await expect(masquerade).toBeEnabled();
  await expect(page.getByRole('alert').filter({ hasText: 'Non-Linux peers in these groups' })).toContainText('carol-desktop runs windows');
});

test('masquerade off shows the return route the LAN needs, and is refused when a second routing peer exists', async ({ page }) => {
  await open(page, '/networks/net-office/routers/router-office-gw', 'office-gw');
  await page.getByRole('switch', { name: 'Masquerade' }).click();
  await expect(page.getByText('a return route for the NetBird range 100.92.0.0/16 via office-gw (LAN address 10.10.0.2)')).toBeVisible();
  await page.getByRole('button', { name: 'Save routing peer' }).click();
  await expect(page.getByRole('status').filter({ hasText: 'Routing peer saved.' })).toBeVisible();
  await expect(field(page, 'Masquerade')).toContainText('Off');

  await open(page, '/networks/net-datacenter/routers/router-dc-primary', 'dc-router-a');
  await page.getByRole('switch', { name: 'Masquerade' }).click();
  const refusal = 'High availability stops working with masquerade off: 2 routing peers serve the same destination';
  await expect(page.getByText(refusal)).toBeVisible();
  await page.getByRole('button', { name: 'Save routing peer' }).click();
  await expect(page.getByText(refusal)).toBeVisible();
  await expect(page.getByRole('switch', { name: 'Masquerade' })).toHaveAttribute('aria-invalid', 'true');
  await page.reload();
  await expect(field(page, 'Masquerade')).toContainText('On', SLOW_LOAD);
});

test('adds, edits and removes a routing peer; the metric says where it ranks', async ({ page }) => {
  await openRoutingPeers(page, 'net-office', 'Office');
  await page.getByRole('link', { name: 'Add routing peer' }).click();
  await expectHeading(page, 'New routing peer');
  await pickPeer(page, 'branch-gw');
  await page.getByLabel('Metric', { exact: true }).fill('200');
  await expect(page.getByText('With this metric, branch-gw is a standby')).toBeVisible();
  await page.getByRole('button', { name: 'Add routing peer' }).click();

  await expectHeading(page, 'branch-gw');
  await expect(page.getByRole('status').filter({ hasText: 'Routing peer added.' })).toBeVisible();
  await page.getByLabel('Metric', { exact: true }).fill('50');
  await expect(page.getByText('With this metric, branch-gw carries the traffic (lowest metric)')).toBeVisible();
  await page.getByRole('button', { name: 'Save routing peer' }).click();
  await expect(page.getByRole('status').filter({ hasText: 'Routing peer saved.' })).toBeVisible();

  await page.getByRole('button', { name: 'Remove' }).click();
  const confirm = page.getByRole('alertdialog', { name: 'Remove routing peer “branch-gw”?' });
  await expect(confirm).toContainText('Routing peers carrying traffic afterwards (1)');
  await expect(confirm).toContainText('office-gw (primary)');
  await confirm.getByRole('button', { name: 'Remove routing peer' }).click();
  await expectHeading(page, 'Office');
  await expect(page.getByRole('table', { name: 'Routing peers' }).getByRole('link', { name: 'branch-gw' })).toHaveCount(0);
});

test('the HA panel ranks routing peers as clients do and turns the badge on only for real HA', async ({ page }) => {
  await openRoutingPeers(page, 'net-datacenter', 'Datacenter');
  await expect(haPanel(page).getByLabel('HA badge: highly available')).toBeVisible();
  await expect(haRow(page, 'dc-router-a')).toContainText('primary');
  await expect(haRow(page, 'dc-router-b')).toContainText('standby');

  await openRoutingPeers(page, 'net-global', 'Global VPC');
  await expect(haPanel(page).getByLabel('HA badge: highly available')).toBeVisible();
  await expect(haRow(page, 'eu-gw-1')).toContainText('latency-balanced');
  await expect(haRow(page, 'us-gw-1')).toContainText('latency-balanced');

  // Two routing peers, but one is disconnected: no HA right now.
  await openRoutingPeers(page, 'net-k8s', 'Kubernetes');
  await expect(haPanel(page).getByLabel('HA badge: not highly available')).toBeVisible();
  await expect(haPanel(page)).toContainText('only 1 of 2 routing peers is connected now');
  await expect(haRow(page, 'k8s-node-2')).toContainText('unavailable');
  await expect(haRow(page, 'k8s-node-2')).toContainText('Disconnected');

  // One routing peer: NetBird's badge would count routers; this one counts peers.
  await openRoutingPeers(page, 'net-office', 'Office');
  await expect(haPanel(page).getByLabel('HA badge: not highly available')).toBeVisible();
});

test('drain shows who takes over before anything changes', async ({ page }) => {
  await openRoutingPeers(page, 'net-datacenter', 'Datacenter');
  await haRow(page, 'dc-router-a').getByRole('button', { name: 'Drain dc-router-a' }).click();
  const dialog = page.getByRole('alertdialog', { name: 'Drain dc-router-a' });
  await expect(dialog.getByRole('radio', { name: /Raise the metric to 9999/ })).toBeChecked();
  await expect(dialog).toContainText('Traffic moves to dc-router-b (primary).');
  await dialog.getByRole('radio', { name: /Disable/ }).check();
  await expect(dialog).toContainText('Traffic moves to dc-router-b (primary).');
  await dialog.getByRole('radio', { name: /Raise the metric/ }).check();
  await dialog.getByRole('button', { name: 'Drain dc-router-a' }).click();
  await expect(dialog).toHaveCount(0);
  await expect(haRow(page, 'dc-router-b')).toContainText('primary');
  await expect(haRow(page, 'dc-router-a')).toContainText('standby');
  await expect(haRow(page, 'dc-router-a')).toContainText('9999');

  // The only routing peer: nobody else can take over, and the dialog says so.
  await openRoutingPeers(page, 'net-office', 'Office');
  await haRow(page, 'office-gw').getByRole('button', { name: 'Drain office-gw' }).click();
  await expect(page.getByRole('alertdialog', { name: 'Drain office-gw' })).toContainText('No other routing peer can carry the traffic, so office-gw keeps carrying it.');
});

test('bulk disable of routing peers and resources, and bulk add to a group', async ({ page }) => {
  await openRoutingPeers(page, 'net-global', 'Global VPC');
  const routers = page.getByRole('table', { name: 'Routing peers' });
  await routers.getByRole('checkbox', { name: 'Select all rows' }).click();
  const bar = page.getByRole('toolbar', { name: 'Bulk actions' });
  await expect(bar).toContainText('2 selected');
  await bar.getByRole('button', { name: 'Disable' }).click();
  await expect(page.getByRole('status').filter({ hasText: 'Disabled 2 routing peers.' })).toBeVisible();
  await expect(routers.getByText('Disabled')).toHaveCount(2);
  await expect(haPanel(page).getByLabel('HA badge: not highly available')).toBeVisible();
  await expect(haRow(page, 'eu-gw-1')).toContainText('disabled');

  await open(page, '/networks/net-apps', 'Corp apps');
  const resources = page.getByRole('table', { name: 'Resources' });
  await resources.getByRole('checkbox', { name: 'Select Apps subnet' }).click();
  await resources.getByRole('checkbox', { name: 'Select Corp app' }).click();
  await page.getByRole('toolbar', { name: 'Bulk actions' }).getByRole('button', { name: 'Disable' }).click();
  await expect(page.getByRole('status').filter({ hasText: 'Disabled 2 resources.' })).toBeVisible();
  await expect(resources.getByText('Disabled')).toHaveCount(2);

  await resources.getByRole('checkbox', { name: 'Select Apps subnet' }).click();
  await page.getByRole('toolbar', { name: 'Bulk actions' }).getByRole('button', { name: 'Add to group…' }).click();
  const dialog = page.getByRole('dialog', { name: 'Add 1 resource to groups' });
  await pickGroup(dialog, 'Groups to add', 'audited', true);
  await dialog.getByRole('button', { name: 'Add to groups' }).click();
  await expect(page.getByRole('status').filter({ hasText: 'Added 1 resource to audited.' })).toBeVisible();
  await expect(rowOf(resources, 'Apps subnet').getByRole('link', { name: 'audited' })).toBeVisible();
});
