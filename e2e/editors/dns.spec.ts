import { test, expect } from '../support/fixtures';
import { expectHeading, field } from '../support/console';

/**
 * The DNS editors on the demo account: nameserver groups (primary versus match domains, refused
 * saves that keep the input, create, edit and delete), the DNS settings, the Routing Peer DNS
 * Resolution setting, and the DNS forwarder port held on 5353 by old agents.
 */

// Each test walks several pages and saves through the API; on a busy dev server that outgrows 30 s.
test.slow();

test('the forwarder port stays 5353 and names the peers on agents older than 0.59.0', async ({ page }) => {
  await page.goto('/dns');
  const forwarder = page.getByRole('region', { name: 'DNS forwarder port' });
  // The first page of a fresh browser loads the whole console; allow it the time.
  await expect(forwarder).toContainText('Clients use port5353', { timeout: 15_000 });
  await expect(forwarder).toContainText('The account moves to port 22054 only once every peer runs 0.59.0 or newer');
  const holding = forwarder.getByRole('list', { name: 'Peers holding the account on port 5353' }).getByRole('listitem');
  await expect(holding).toHaveText([/bob-thinkpad\s*0\.58\.2/, /dave-pixel-8\s*0\.58\.2/, /erin-laptop\s*0\.57\.1/]);
});

test('a nameserver group needs match domains unless it is primary, and a primary group has no search domains', async ({ page }) => {
  await page.goto('/dns');
  await page.getByRole('link', { name: 'Add nameserver group' }).click();
  await expectHeading(page, 'New nameserver group');
  await page.getByRole('textbox', { name: 'Name', exact: true }).fill('Quad9');
  await page.getByRole('textbox', { name: 'Nameserver 1 IP' }).fill('9.9.9.9');
  await page.getByRole('combobox', { name: 'Distribution groups' }).fill('Travel');
  await page.getByRole('option', { name: /Travelers/ }).click();
  await page.keyboard.press('Escape');

  // Match domains chosen but none given: refused, input kept.
  await page.getByRole('button', { name: 'Create nameserver group' }).click();
  await expect(page.getByText('a nameserver group that is not primary needs at least one match domain')).toBeVisible();
  await expect(page.getByRole('textbox', { name: 'Nameserver 1 IP' })).toHaveValue('9.9.9.9');

  // A wildcard match domain is refused with the reason.
  const domain = page.getByRole('textbox', { name: 'Match domain 1' });
  await domain.fill('*.corp.example');
  await page.getByRole('button', { name: 'Create nameserver group' }).click();
  await expect(page.getByText(/match domains cannot be wildcards/)).toBeVisible();
  await expect(domain).toHaveAttribute('aria-invalid', 'true');

  // Primary: every domain, and search domains are off with the reason.
  await page.getByRole('radio', { name: 'All domains (primary)' }).check();
  await expect(page.getByRole('textbox', { name: 'Match domain 1' })).toHaveCount(0);
  await expect(page.getByRole('switch', { name: 'Search domains' })).toBeDisabled();
  await expect(page.getByText('A primary nameserver group cannot enable search domains.')).toBeVisible();
  await page.getByRole('button', { name: 'Create nameserver group' }).click();

  await expectHeading(page, 'Quad9');
  await expect(page.getByRole('status').filter({ hasText: 'Nameserver group “Quad9” created.' })).toBeVisible();
  await expect(field(page, 'Match domains')).toHaveText('All domains: this is the primary nameserver group of its distribution groups');
  await expect(page.getByRole('table', { name: 'Nameservers' })).toContainText('9.9.9.9');
});

test('a taken name and a bad port are refused; edit and delete a nameserver group', async ({ page }) => {
  await page.goto('/dns/nameservers/ns-corp');
  await page.getByRole('link', { name: 'Edit' }).click();
  await expectHeading(page, 'Edit Corp DNS');
  const name = page.getByRole('textbox', { name: 'Name', exact: true });
  await name.fill('Cloudflare');
  await page.getByRole('textbox', { name: 'Nameserver 1 port' }).fill('70000');
  await page.getByRole('button', { name: 'Save nameserver group' }).click();
  await expect(page.getByText('a nameserver group named "Cloudflare" already exists')).toBeVisible();
  await expect(page.getByText(/^nameservers\.0\.port: /)).toBeVisible();
  await expect(name).toHaveValue('Cloudflare');

  await name.fill('Office DNS');
  await page.getByRole('textbox', { name: 'Nameserver 1 port' }).fill('5300');
  await page.getByRole('button', { name: 'Add match domain' }).click();
  await page.getByRole('textbox', { name: 'Match domain 2' }).fill('lab.corp.example');
  await page.getByRole('button', { name: 'Save nameserver group' }).click();
  await expect(page.getByRole('status').filter({ hasText: 'Nameserver group saved.' })).toBeVisible();

  await page.getByRole('link', { name: 'Back to nameserver group' }).click();
  await expectHeading(page, 'Office DNS');
  await expect(field(page, 'Match domains')).toContainText('lab.corp.example');
  await expect(page.getByRole('table', { name: 'Nameservers' })).toContainText('5300');

  await page.getByRole('button', { name: 'Delete' }).click();
  const confirm = page.getByRole('alertdialog', { name: 'Delete nameserver group “Office DNS”?' });
  await expect(confirm).toContainText('Distribution groups that lose these nameservers (1)');
  await expect(confirm).toContainText('All');
  await confirm.getByRole('button', { name: 'Delete' }).click();
  await expectHeading(page, 'DNS');
  await expect(page.getByRole('status').filter({ hasText: 'Nameserver group “Office DNS” deleted.' })).toBeVisible();
  await expect(page.getByRole('table', { name: 'Nameserver groups' }).getByRole('link', { name: 'Office DNS' })).toHaveCount(0);
});

test('Routing Peer DNS Resolution: turning it off names the wildcard resources that stop working', async ({ page }) => {
  await page.goto('/dns');
  const region = page.getByRole('region', { name: 'Routing peer DNS resolution' });
  const toggle = region.getByRole('switch', { name: 'Routing Peer DNS Resolution' });
  await expect(toggle).toBeChecked();
  await expect(region).toContainText('Required for wildcard domain resources');
  await expect(region).toContainText('Needed by: *.internal.example');

  await toggle.click();
  await expect(region).toContainText('Disabled');
  await expect(region).toContainText('These wildcard resources resolve nothing until it is on: *.internal.example');
  await toggle.click();
  await expect(region).toContainText('Enabled');
});

test('DNS settings: disabling DNS management for a group is saved', async ({ page }) => {
  await page.goto('/dns');
  const region = page.getByRole('region', { name: 'DNS management disabled for' });
  await expect(region).toContainText('None: NetBird manages DNS on every peer');
  await region.getByRole('combobox', { name: 'Groups' }).fill('k8s');
  await page.getByRole('option', { name: /^k8s\s*2 peers/ }).click();
  await page.keyboard.press('Escape');
  await region.getByRole('button', { name: 'Save DNS settings' }).click();
  await expect(region.getByRole('status').filter({ hasText: 'DNS settings saved.' })).toBeVisible();
  await page.reload();
  await expect(page.getByRole('region', { name: 'DNS management disabled for' }).getByRole('list', { name: 'Selected groups' })).toContainText('k8s');
});
