import type { Locator, Page } from '@playwright/test';
import { expectPageHeading, openPage as open, rowOf, SLOW_LOAD } from '../support/console';
import { expect, test } from '../support/fixtures';

/**
 * Policies editor (issue 3) on the demo account: every rule of a policy edited, the bidirectional
 * toggle disabled with its reason for resource destinations, the firewall chain of each rule, the
 * companion input-chain policy in one click, refused saves keeping what was typed, clone, reverse,
 * delete and bulk enable/disable. Only the UI is driven, so the specs also run against
 * `nbrc serve --token`.
 */

test.describe.configure({ timeout: 90_000 });

const rule = (page: Page, n: number) => page.getByRole('group', { name: `Rule ${n}`, exact: true });

/** pickGroup: types into a rule's group picker and picks (or creates) the group. */
async function pickGroup(scope: Locator, label: string, name: string): Promise<void> {
  const box = scope.getByRole('combobox', { name: label, exact: true });
  const option = scope.getByRole('option', { name: new RegExp(`^${name}\\b`) });
  // Typing right after a select closes can land while focus still moves back: retype until the list offers the group.
  await expect(async () => {
    await box.fill('');
    await box.fill(name);
    await option.click({ timeout: 3_000 });
  }).toPass({ timeout: 30_000 });
  await expect(scope.getByRole('list', { name: 'Selected groups' }).getByText(name, { exact: true })).toBeVisible();
}

async function choose(scope: Locator, label: string, option: string): Promise<void> {
  await scope.getByRole('combobox', { name: label, exact: true }).click();
  await scope.page().getByRole('option', { name: option, exact: true }).click();
}

test('the Office resource policy: bidirectional is off and disabled with the reason, and the rule lands in the forward chain', async ({ page }) => {
  await open(page, '/policies/pol-office/edit', 'Edit Engineers to Office LAN');
  const first = rule(page, 1);
  const toggle = first.getByRole('switch', { name: 'Bidirectional' });
  await expect(toggle).toBeDisabled(SLOW_LOAD);
  await expect(toggle).not.toBeChecked();
  await expect(first.getByText('Always one-way: resource destinations have no agent and cannot open connections back through the overlay.')).toBeVisible();
  const chains = first.getByRole('list', { name: 'Firewall chains' });
  await expect(chains).toContainText('Forward chain');
  await expect(chains).toContainText('Forward chain of office-gw (routing peer of network "Office"): traffic routed through it to resource "Office LAN" (10.10.0.0/16).');

  // Switching the destination to a peer group turns the toggle back on, now in the input chain.
  await first.getByRole('button', { name: 'Remove group office-lan' }).click();
  await pickGroup(first, 'Destinations', 'office-routers');
  await expect(toggle).toBeEnabled();
  await expect(chains).toContainText('Input chain of the destination peers (peer-to-peer)');
  await expect(chains).toContainText('routing peer office-gw: services on the routing peer itself');

  // Groups mixing peers and resources keep the toggle, with a note.
  await pickGroup(first, 'Destinations', 'office-lan');
  await expect(toggle).toBeEnabled();
  await expect(first.getByText(/These destination groups hold both peers and network resources/)).toBeVisible();
});

test('the detail page shows each rule’s chain and creates the companion input-chain policy in one click', async ({ page }) => {
  await open(page, '/policies/pol-office', 'Engineers to Office LAN');
  const card = page.getByRole('region', { name: 'Rule 1: Office LAN' });
  await expect(card.getByRole('list', { name: 'Firewall chains' })).toContainText('Forward chain', SLOW_LOAD);
  await card.getByRole('button', { name: 'Also allow these sources to services on the routing peer itself…' }).click();
  const dialog = page.getByRole('dialog', { name: 'Companion input-chain policy' });
  await dialog.getByLabel('Ports on the routing peer').fill('22, 70000');
  await dialog.getByRole('button', { name: 'Create companion policy' }).click();
  await expect(dialog.getByText('port 70000 is out of range 1-65535')).toBeVisible();
  await dialog.getByLabel('Ports on the routing peer').fill('22, 3000');
  await dialog.getByRole('button', { name: 'Create companion policy' }).click();
  await expect(dialog).toBeHidden();
  await page.getByRole('link', { name: 'Engineers to Office LAN (routing peers)' }).click();

  await expectPageHeading(page, 'Engineers to Office LAN (routing peers)');
  const companion = page.getByRole('region', { name: 'Rule 1: Services on office-gw' });
  await expect(companion).toContainText('22, 3000');
  await expect(companion.getByRole('list', { name: 'Firewall chains' })).toContainText('Input chain', SLOW_LOAD);
  await expect(companion.getByRole('list', { name: 'Firewall chains' })).toContainText('routing peer office-gw: services on the routing peer itself');

  await page.getByRole('navigation', { name: 'Breadcrumb' }).getByRole('link', { name: 'Policies' }).click();
  await expectPageHeading(page, 'Policies');
  await expect(rowOf(page.getByRole('table', { name: 'Policies' }), 'Engineers to Office LAN (routing peers)')).toContainText('Engineers → peer office-gw');
});

test('a refused save shows the server’s validation message and keeps what was typed', async ({ page }) => {
  await open(page, '/policies/pol-datacenter/edit', 'Edit Engineers to Datacenter');
  const first = rule(page, 1);
  const ports = first.getByLabel('Ports');
  await expect(ports).toHaveValue('22, 443', SLOW_LOAD);
  await ports.fill('22, 70000');
  await first.getByLabel('Rule name').fill('SSH and more');
  await page.getByRole('button', { name: 'Save policy' }).click();
  await expect(first.getByText('rule "SSH and more" (rules.0): port 70000 is out of range 1-65535')).toBeVisible();
  await expect(ports).toHaveValue('22, 70000');
  await expect(first.getByLabel('Rule name')).toHaveValue('SSH and more');
  // The second rule is edited too, not only the first.
  await expect(rule(page, 2).getByLabel('Ports')).toHaveValue('8000-8999');

  await ports.fill('22, 7000');
  await page.getByRole('button', { name: 'Save policy' }).click();
  await expect(page.getByText('Policy saved.')).toBeVisible();
  await page.getByRole('link', { name: 'Back to the policy' }).click();
  await expect(page.getByRole('region', { name: 'Rule 1: SSH and more' })).toContainText('22, 7000');
});

test('creates a policy with two rules, reorders them, and deletes it naming what stops working', async ({ page }) => {
  await open(page, '/policies', 'Policies');
  await page.getByRole('link', { name: 'New policy' }).click();
  await expectPageHeading(page, 'New policy');
  await page.getByLabel('Policy name').fill('Contractors to k8s');
  const first = rule(page, 1);
  await first.getByLabel('Rule name').fill('HTTPS');
  await choose(first, 'Protocol', 'TCP');
  await first.getByLabel('Ports').fill('443');
  await pickGroup(first, 'Sources', 'Contractors');
  await pickGroup(first, 'Destinations', 'k8s-services');
  await expect(first.getByRole('list', { name: 'Firewall chains' })).toContainText('routing peers of network "Kubernetes"');

  await page.getByRole('button', { name: 'Add rule' }).click();
  const second = rule(page, 2);
  await second.getByLabel('Rule name').fill('Ping nodes');
  await choose(second, 'Protocol', 'ICMP');
  await pickGroup(second, 'Sources', 'Contractors');
  await second.getByRole('radio', { name: 'One resource or peer' }).last().check();
  await second.getByRole('combobox', { name: 'Destinations' }).fill('k8s-node-1');
  await page.getByRole('option', { name: /^k8s-node-1/ }).click();
  await page.getByRole('button', { name: 'Move rule 2 up' }).click();
  await expect(rule(page, 1).getByLabel('Rule name')).toHaveValue('Ping nodes');
  await page.getByRole('button', { name: 'Create policy' }).click();

  await expectPageHeading(page, 'Contractors to k8s');
  await expect(page.getByRole('region', { name: 'Rule 1: Ping nodes' })).toContainText('k8s-node-1');
  await expect(page.getByRole('region', { name: 'Rule 2: HTTPS' })).toContainText('443');

  await open(page, '/policies/pol-office', 'Engineers to Office LAN');
  await page.getByRole('button', { name: 'Delete' }).click();
  const confirm = page.getByRole('alertdialog');
  await expect(confirm).toContainText('What stops working');
  await expect(confirm).toContainText('Resource "Office LAN" (10.10.0.0/16) of network "Office" is the destination of no enabled policy');
  await confirm.getByRole('button', { name: 'Delete' }).click();
  await expectPageHeading(page, 'Policies');
  await expect(page.getByRole('table', { name: 'Policies' }).getByRole('link', { name: 'Engineers to Office LAN', exact: true })).toHaveCount(0);
});

test('clones a policy; reverse is offered for peer-to-peer rules only, with the reason otherwise', async ({ page }) => {
  await open(page, '/policies/pol-office', 'Engineers to Office LAN');
  await expect(page.getByText(/Not offered: Rule "Office LAN" goes to groups holding network resources: resource destinations have no agent and cannot open connections back/)).toBeVisible(SLOW_LOAD);
  await expect(page.getByRole('button', { name: 'Create reverse policy' })).toBeDisabled();

  await page.getByRole('link', { name: 'Clone' }).click();
  await expectPageHeading(page, 'Clone policy');
  await expect(page.getByLabel('Policy name')).toHaveValue('Copy of Engineers to Office LAN');
  await page.getByRole('button', { name: 'Create policy' }).click();
  await expectPageHeading(page, 'Copy of Engineers to Office LAN');

  await open(page, '/policies/pol-corp-app', 'Contractors to Corp app');
  await expect(page.getByRole('button', { name: 'Create reverse policy' })).toBeDisabled();
  // A peer-to-peer rule with a single peer as destination can be reversed.
  await open(page, '/policies/new', 'New policy');
  await page.getByLabel('Policy name').fill('Alice to office-gw');
  const first = rule(page, 1);
  await first.getByRole('radio', { name: 'One resource or peer' }).first().check();
  await first.getByRole('combobox', { name: 'Sources' }).fill('alice');
  await page.getByRole('option', { name: /^alice-macbook/ }).click();
  await first.getByRole('radio', { name: 'One resource or peer' }).last().check();
  await first.getByRole('combobox', { name: 'Destinations' }).fill('office-gw');
  await page.getByRole('option', { name: /^office-gw/ }).click();
  await choose(first, 'Protocol', 'TCP');
  await first.getByLabel('Ports').fill('22');
  await page.getByRole('button', { name: 'Create policy' }).click();
  await expectPageHeading(page, 'Alice to office-gw');
  await page.getByRole('link', { name: 'Create reverse policy' }).click();
  await expectPageHeading(page, 'Reverse policy');
  await expect(page.getByLabel('Policy name')).toHaveValue('Reverse of Alice to office-gw');
  await page.getByRole('button', { name: 'Create policy' }).click();
  await expectPageHeading(page, 'Reverse of Alice to office-gw');
  const reversed = page.getByRole('region', { name: /^Rule 1/ });
  await expect(reversed.locator('dt:text-is("Sources") + dd')).toContainText('office-gw');
  await expect(reversed.locator('dt:text-is("Destinations") + dd')).toContainText('alice-macbook');
});

test('bulk disables and enables selected policies', async ({ page }) => {
  await open(page, '/policies', 'Policies');
  const table = page.getByRole('table', { name: 'Policies' });
  await table.getByRole('checkbox', { name: 'Select Engineers to Datacenter' }).check();
  await table.getByRole('checkbox', { name: 'Select Engineers to Apps subnet' }).check();
  const bar = page.getByRole('toolbar', { name: 'Bulk actions' });
  await expect(bar).toContainText('2 selected');
  await bar.getByRole('button', { name: 'Disable' }).click();
  await expect(page.getByText('Disabled 2 policies.')).toBeVisible();
  await expect(rowOf(table, 'Engineers to Datacenter')).toContainText('Disabled');
  await expect(rowOf(table, 'Engineers to Apps subnet')).toContainText('Disabled');

  await table.getByRole('checkbox', { name: 'Select Engineers to Datacenter' }).check();
  await page.getByRole('toolbar', { name: 'Bulk actions' }).getByRole('button', { name: 'Enable' }).click();
  await expect(page.getByText('Enabled 1 policy.')).toBeVisible();
  await expect(rowOf(table, 'Engineers to Datacenter')).toContainText('Enabled');
});

test('bulk adds a source group to every rule of the selected policies', async ({ page }) => {
  await open(page, '/policies', 'Policies');
  const table = page.getByRole('table', { name: 'Policies' });
  await table.getByRole('checkbox', { name: 'Select Engineers to Apps subnet' }).check();
  await page.getByRole('toolbar', { name: 'Bulk actions' }).getByRole('button', { name: 'Add source group…' }).click();
  const dialog = page.getByRole('dialog', { name: 'Add source groups to this policy' });
  await dialog.getByRole('combobox', { name: 'Source groups to add', exact: true }).fill('Contra');
  await dialog.getByRole('option', { name: /^Contractors\b/ }).click();
  await dialog.getByRole('button', { name: 'Add source groups' }).click();
  await expect(page.getByText('Updated 1 policy: added source groups Contractors.')).toBeVisible();
  await expect(rowOf(table, 'Engineers to Apps subnet')).toContainText('Contractors');
});
