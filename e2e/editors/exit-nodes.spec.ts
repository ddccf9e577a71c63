import { test, expect } from '../support/fixtures';
import { expectHeading, field } from '../support/console';

/**
 * The exit node editors on the demo account: the EU exit node for Travelers has no ICMP policy to
 * its routing peer and Travelers get no match-all nameserver group; each check's one-click fix
 * makes it pass. Masquerade is shown as required, IPv6 as blocked; create, edit and delete flows.
 */

// Each test walks several pages and saves through the API; on a busy dev server that outgrows 30 s.
test.slow();

const ICMP = 'A policy allows at least ICMP from the distribution groups to the exit node';
const DNS = 'The distribution groups get a match-all nameserver group (no DNS location leak)';

test('the missing ICMP policy fails the check, and "Create ICMP policy" makes it pass', async ({ page }) => {
  await page.goto('/exit-nodes/route-exit-eu');
  await expectHeading(page, 'exit-eu');
  const checks = page.getByRole('list', { name: 'Exit node checks' });
  const icmp = checks.getByRole('listitem').filter({ hasText: ICMP });
  await expect(icmp).toContainText(`${ICMP}: fails`);
  await expect(icmp).toContainText('No enabled policy allows ICMP (or all traffic) from Travelers to the routing peer of exit node "exit-eu"');

  await icmp.getByRole('button', { name: 'Create ICMP policy' }).click();
  await expect(icmp).toContainText(`${ICMP}: passes`);

  await page.goto('/policies');
  await expect(page.getByRole('link', { name: 'ICMP to exit node exit-eu' })).toBeVisible();
});

test('the DNS leak fails the check, and a match-all nameserver group for Travelers makes it pass', async ({ page }) => {
  await page.goto('/exit-nodes/route-exit-eu');
  const dns = page.getByRole('list', { name: 'Exit node checks' }).getByRole('listitem').filter({ hasText: DNS });
  await expect(dns).toContainText(`${DNS}: fails`);
  await expect(dns).toContainText('reveal their location');

  await dns.getByRole('button', { name: 'Create match-all nameserver group…' }).click();
  const dialog = page.getByRole('dialog', { name: 'Create match-all nameserver group' });
  await expect(dialog).toContainText('answers every domain for Travelers');
  await expect(dialog.getByRole('textbox', { name: 'Name', exact: true })).toHaveValue('Exit node DNS (exit-eu)');
  await expect(dialog.getByRole('textbox', { name: 'Nameserver 1 IP' })).toHaveValue('1.1.1.1');
  await expect(dialog.getByRole('textbox', { name: 'Nameserver 2 IP' })).toHaveValue('1.0.0.1');
  await expect(dialog.getByRole('textbox', { name: 'Nameserver 1 port' })).toHaveValue('53');

  // A bad address is refused in the dialog, with the nameserver rule's words.
  await dialog.getByRole('textbox', { name: 'Nameserver 2 IP' }).fill('1.0.0');
  await dialog.getByRole('button', { name: 'Create nameserver group' }).click();
  await expect(dialog.getByText(/^nameservers\.1\.ip: /)).toBeVisible();
  await dialog.getByRole('textbox', { name: 'Nameserver 2 IP' }).fill('1.0.0.1');
  await dialog.getByRole('button', { name: 'Create nameserver group' }).click();
  await expect(dialog).toHaveCount(0);
  await expect(dns).toContainText(`${DNS}: passes`);

  await page.goto('/dns');
  const row = page.getByRole('table', { name: 'Nameserver groups' }).getByRole('row').filter({ hasText: 'Exit node DNS (exit-eu)' });
  await expect(row).toContainText('All domains');
  await expect(row).toContainText('Travelers');
});

test('masquerade is shown as required and IPv6 as blocked', async ({ page }) => {
  await page.goto('/exit-nodes/route-exit-eu');
  await page.getByRole('link', { name: 'Edit' }).click();
  await expectHeading(page, 'Edit exit-eu');
  const masquerade = page.getByRole('switch', { name: 'Masquerade' });
  await expect(masquerade).toBeChecked();
  await expect(masquerade).toBeDisabled();
  await expect(page.getByText(/^Required on exit nodes: internet-bound traffic must leave with the exit node’s own address/)).toBeVisible();
  await expect(page.getByText('IPv6 is blocked on exit nodes to prevent leaks outside the tunnel')).toBeVisible();
  await expect(page.getByRole('list', { name: 'Exit node checks' }).getByRole('listitem').filter({ hasText: 'Masquerade is on' })).toContainText('passes');
});

test('creates an exit node with its checks, turns Auto apply off, and deletes it', async ({ page }) => {
  await page.goto('/exit-nodes');
  await page.getByRole('link', { name: 'Add exit node' }).click();
  await expectHeading(page, 'New exit node');
  await page.getByRole('textbox', { name: 'Network identifier' }).fill('us-exit');
  await page.getByRole('combobox', { name: 'Peer' }).fill('us-gw');
  await page.getByRole('option', { name: /us-gw-1/ }).click();
  await page.getByRole('combobox', { name: 'Distribution groups' }).fill('Contra');
  await page.getByRole('option', { name: /Contractors/ }).click();
  await page.keyboard.press('Escape');
  // Checked on the draft: Contractors get Cloudflare as their primary nameservers, but no ICMP policy.
  const checks = page.getByRole('list', { name: 'Exit node checks' });
  await expect(checks.getByRole('listitem').filter({ hasText: DNS })).toContainText('passes');
  await expect(checks.getByRole('listitem').filter({ hasText: ICMP })).toContainText('fails');
  await page.getByRole('button', { name: 'Create exit node' }).click();

  await expectHeading(page, 'us-exit');
  await expect(page.getByRole('status').filter({ hasText: 'Exit node “us-exit” created.' })).toBeVisible();
  await expect(field(page, 'Network')).toHaveText('0.0.0.0/0');
  await expect(field(page, 'Auto apply')).toContainText('Yes');

  await page.getByRole('link', { name: 'Edit' }).click();
  await page.getByRole('switch', { name: 'Auto apply' }).click();
  await page.getByRole('button', { name: 'Save exit node' }).click();
  await expect(page.getByRole('status').filter({ hasText: 'Exit node saved.' })).toBeVisible();
  await page.getByRole('link', { name: 'Back to exit node' }).click();
  await expect(field(page, 'Auto apply')).toContainText('No: clients use this exit node only when a user selects it');

  await page.getByRole('button', { name: 'Delete' }).click();
  const confirm = page.getByRole('alertdialog', { name: 'Delete exit node “us-exit”?' });
  await expect(confirm).toContainText('Contractors');
  await confirm.getByRole('button', { name: 'Delete' }).click();
  await expectHeading(page, 'Exit nodes');
  await expect(page.getByRole('status').filter({ hasText: 'Exit node “us-exit” deleted.' })).toBeVisible();
});
