import { test, expect } from '../support/fixtures';
import { expectHeading, field, rowOf } from '../support/console';

/**
 * The legacy network route editors on the demo account: the ACL warning and its two fixes (ACL
 * groups, migration to a Network), refused saves that keep the input (a metric out of range, a bad
 * CIDR, the server's 409 for a peer serving the same prefix twice), the masquerade rules, and
 * create, edit, bulk and delete flows.
 */

// Each test walks several pages and saves through the API; on a busy dev server that outgrows 30 s.
test.slow();

const WARNING = 'Every peer in Contractors gets unrestricted access to 192.168.50.0/24';

test('the route without ACL groups warns, and adding ACL groups makes the warning go away', async ({ page }) => {
  await page.goto('/routes/route-branch-lab');
  await expectHeading(page, 'branch-lab');
  const alert = page.getByRole('alert');
  await expect(alert).toContainText(`${WARNING}.`);

  await alert.getByRole('button', { name: 'Add ACL groups' }).click();
  await expectHeading(page, 'Edit branch-lab');
  // The fix lands in the ACL groups field.
  const acl = page.getByRole('combobox', { name: 'ACL groups' });
  await expect(acl).toBeFocused();
  await expect(page.getByRole('alert')).toContainText(`${WARNING}.`);

  await acl.fill('Contra');
  await page.getByRole('option', { name: /Contractors/ }).click();
  await page.keyboard.press('Escape');
  await expect(page.getByRole('alert')).toHaveCount(0);
  await page.getByRole('button', { name: 'Save route' }).click();
  await expect(page.getByRole('status').filter({ hasText: 'Route saved.' })).toBeVisible();

  await page.getByRole('link', { name: 'Back to route' }).click();
  await expectHeading(page, 'branch-lab');
  await expect(field(page, 'ACL groups').getByRole('link', { name: 'Contractors' })).toBeVisible();
  await expect(page.getByRole('alert')).toHaveCount(0);
});

test('migrating the route to a Network shows the plan, creates network, resource, router and policy, and disables the route', async ({ page }) => {
  await page.goto('/routes/route-branch-lab');
  await page.getByRole('alert').getByRole('button', { name: 'Migrate to a Network…' }).click();
  const dialog = page.getByRole('dialog', { name: 'Migrate to a Network' });
  const steps = dialog.getByRole('list', { name: 'Migration steps' }).getByRole('listitem');
  await expect(steps).toHaveText([
    'Create group “branch-lab resources” for the resources',
    'Create network “branch-lab”',
    'Create resource “branch-lab” (192.168.50.0/24, subnet) in “branch-lab resources”',
    'Add routing peer branch-gw (metric 9999, masquerade on)',
    'Create policy “Contractors to branch-lab”: “Contractors” → “branch-lab resources”, all traffic, one-way',
    'Disable network route “branch-lab”',
  ]);

  await dialog.getByRole('button', { name: 'Apply migration' }).click();
  await expect(dialog.getByRole('status')).toContainText('Migrated. The route is disabled', { timeout: 30_000 });
  await expect(steps.filter({ hasText: '(done)' })).toHaveCount(6);
  await dialog.getByRole('link', { name: 'new network' }).click();

  await expectHeading(page, 'branch-lab');
  await expect(page.getByText('Migrated from network route "branch-lab": Munich branch lab for contractors')).toBeVisible();
  await expect(page.getByRole('table', { name: 'Resources' }).getByRole('row').filter({ hasText: '192.168.50.0/24' })).toBeVisible();
  await page.getByRole('tab', { name: /Routing peers/ }).click();
  await expect(rowOf(page.getByRole('table', { name: 'Routing peers' }), 'branch-gw')).toContainText('9999', { timeout: 15_000 });
  await page.getByRole('tab', { name: /Policies/ }).click();
  await expect(rowOf(page.getByRole('table', { name: 'Policies' }), 'Contractors to branch-lab')).toBeVisible({ timeout: 15_000 });

  await page.goto('/routes/route-branch-lab');
  await expectHeading(page, 'branch-lab');
  await expect(field(page, 'Status')).toHaveText('Disabled');
});

test('a refused save shows why and keeps what was typed', async ({ page }) => {
  await page.goto('/routes/route-branch-printers/edit');
  await expectHeading(page, 'Edit branch-printers');
  const metric = page.getByRole('textbox', { name: 'Metric' });
  await metric.fill('0');
  await page.getByRole('button', { name: 'Save route' }).click();
  await expect(page.getByText('metric must be between 1 and 9999, got 0')).toBeVisible();
  await expect(metric).toHaveAttribute('aria-invalid', 'true');
  await expect(metric).toHaveValue('0');

  await metric.fill('50');
  const network = page.getByRole('textbox', { name: 'Network', exact: true });
  await network.fill('192.168.60.0/33');
  await page.getByRole('button', { name: 'Save route' }).click();
  await expect(page.getByText(/^invalid network: /)).toBeVisible();
  await expect(network).toHaveValue('192.168.60.0/33');
  await expect(metric).toHaveValue('50');
});

test('the server refuses a second route of the same peer to the same prefix (409), and the form keeps the input', async ({ page }) => {
  await page.goto('/routes');
  await page.getByRole('link', { name: 'Add route' }).click();
  await expectHeading(page, 'New network route');
  await expect(page.getByText('Prefer Networks for everything except exit nodes and site-to-site')).toBeVisible();
  await page.getByRole('textbox', { name: 'Network identifier' }).fill('branch-lab-copy');
  await page.getByRole('textbox', { name: 'Network', exact: true }).fill('192.168.50.0/24');
  await page.getByRole('combobox', { name: 'Peer' }).fill('branch');
  await page.getByRole('option', { name: /branch-gw/ }).click();
  await page.getByRole('combobox', { name: 'Distribution groups' }).fill('Engin');
  await page.getByRole('option', { name: /Engineers/ }).click();
  await page.keyboard.press('Escape');
  await page.getByRole('button', { name: 'Create route' }).click();

  await expect(page.getByRole('alert').filter({ hasText: 'Not saved' })).toContainText('peer "branch-gw" already serves 192.168.50.0/24 in route "branch-lab"');
  await expect(page.getByRole('textbox', { name: 'Network identifier' })).toHaveValue('branch-lab-copy');
  await expect(page.getByRole('textbox', { name: 'Network', exact: true })).toHaveValue('192.168.50.0/24');
});

test('masquerade: off is explained for one Linux peer and refused for a peer group with two peers', async ({ page }) => {
  await page.goto('/routes/route-branch-printers/edit');
  const masquerade = page.getByRole('switch', { name: 'Masquerade' });
  await masquerade.click();
  await expect(page.getByText('the destination network needs a return route for the NetBird range 100.92.0.0/16 via branch-gw (LAN address 192.168.50.1)')).toBeVisible();
  await masquerade.click();

  await page.getByRole('radio', { name: 'Peer groups' }).check();
  await page.getByRole('combobox', { name: 'Peer groups' }).fill('k8s');
  await page.getByRole('option', { name: /^k8s\s*2 peers/ }).click();
  await page.keyboard.press('Escape');
  await expect(masquerade).toBeDisabled();
  await expect(page.getByText(/High availability stops working with masquerade off: 2 routing peers serve the same destination/)).toBeVisible();
});

test('creates a domain route, edits it, and deletes it after naming who loses it', async ({ page }) => {
  await page.goto('/routes/new');
  await page.getByRole('textbox', { name: 'Network identifier' }).fill('apps-dns');
  await page.getByRole('radio', { name: 'Domains' }).check();
  await page.getByRole('textbox', { name: 'Domain 1' }).fill('app.corp.example');
  await page.getByRole('button', { name: 'Add domain' }).click();
  await page.getByRole('textbox', { name: 'Domain 2' }).fill('*.svc.corp.example');
  await page.getByRole('combobox', { name: 'Peer' }).fill('apps-gw');
  await page.getByRole('option', { name: /apps-gw/ }).click();
  await page.getByRole('combobox', { name: 'Distribution groups' }).fill('Engin');
  await page.getByRole('option', { name: /Engineers/ }).click();
  await page.getByRole('combobox', { name: 'ACL groups' }).fill('Engin');
  await page.getByRole('option', { name: /Engineers/ }).click();
  await page.keyboard.press('Escape');
  await page.getByRole('button', { name: 'Create route' }).click();

  await expectHeading(page, 'apps-dns');
  await expect(page.getByRole('status').filter({ hasText: 'Route “apps-dns” created.' })).toBeVisible();
  await expect(page.getByRole('list', { name: 'Domains' })).toContainText('app.corp.example');
  await expect(page.getByRole('list', { name: 'Domains' })).toContainText('*.svc.corp.example');

  await page.getByRole('link', { name: 'Edit' }).click();
  await page.getByRole('textbox', { name: 'Metric' }).fill('200');
  await page.getByRole('button', { name: 'Save route' }).click();
  await expect(page.getByRole('status').filter({ hasText: 'Route saved.' })).toBeVisible();
  await page.getByRole('link', { name: 'Back to route' }).click();
  await expect(field(page, 'Metric')).toContainText('200');

  await page.getByRole('button', { name: 'Delete' }).click();
  const confirm = page.getByRole('alertdialog', { name: 'Delete route “apps-dns”?' });
  await expect(confirm).toContainText('Distribution groups that lose the route (1)');
  await expect(confirm).toContainText('Engineers');
  await confirm.getByRole('button', { name: 'Delete' }).click();
  await expectHeading(page, 'Network routes');
  await expect(page.getByRole('status').filter({ hasText: 'Route “apps-dns” deleted.' })).toBeVisible();
  await expect(page.getByRole('table', { name: 'Network routes' }).getByRole('link', { name: 'apps-dns' })).toHaveCount(0);
});

test('bulk disables and enables selected routes', async ({ page }) => {
  await page.goto('/routes');
  const table = page.getByRole('table', { name: 'Network routes' });
  await table.getByRole('checkbox', { name: 'Select branch-lab' }).check();
  await table.getByRole('checkbox', { name: 'Select branch-printers' }).check();
  const bar = page.getByRole('toolbar', { name: 'Bulk actions' });
  await expect(bar).toContainText('2 selected');
  await bar.getByRole('button', { name: 'Disable' }).click();
  await expect(page.getByRole('status').filter({ hasText: 'Disabled 2 routes.' })).toBeVisible();
  await expect(rowOf(table, 'branch-lab')).toContainText('Disabled');
  await expect(rowOf(table, 'branch-printers')).toContainText('Disabled');

  await table.getByRole('checkbox', { name: 'Select branch-printers' }).check();
  await page.getByRole('toolbar', { name: 'Bulk actions' }).getByRole('button', { name: 'Enable' }).click();
  await expect(page.getByRole('status').filter({ hasText: 'Enabled 1 route.' })).toBeVisible();
  await expect(rowOf(table, 'branch-printers')).toContainText('Enabled');
});

test('a route joining an HA route set shows the honest HA panel with both routing peers ranked', async ({ page }) => {
  await page.goto('/routes/new');
  await page.getByRole('textbox', { name: 'Network identifier' }).fill('branch-lab');
  await page.getByRole('textbox', { name: 'Network', exact: true }).fill('192.168.50.0/24');
  await page.getByRole('combobox', { name: 'Peer' }).fill('office-gw');
  await page.getByRole('option', { name: /office-gw/ }).click();
  await page.getByRole('textbox', { name: 'Metric' }).fill('100');
  await page.getByRole('combobox', { name: 'Distribution groups' }).fill('Contra');
  await page.getByRole('option', { name: /Contractors/ }).click();
  await page.keyboard.press('Escape');
  await page.getByRole('button', { name: 'Create route' }).click();

  await expectHeading(page, 'branch-lab');
  const ha = page.getByRole('region', { name: 'High availability' });
  await expect(ha).toContainText('HA route set “branch-lab”: 2 routes to the same destination');
  const ranking = ha.getByRole('table', { name: 'Client ranking' });
  await expect(ranking.getByRole('row').nth(1)).toContainText('office-gw');
  await expect(ranking.getByRole('row').nth(1)).toContainText('primary');
  await expect(ranking.getByRole('row').nth(2)).toContainText('branch-gw');
  await expect(ranking.getByRole('row').nth(2)).toContainText('standby');
});

test('bulk adds an ACL group to selected routes, and the ACL warning goes away', async ({ page }) => {
  await page.goto('/routes');
  const table = page.getByRole('table', { name: 'Network routes' });
  await table.getByRole('checkbox', { name: 'Select branch-lab' }).check();
  await page.getByRole('toolbar', { name: 'Bulk actions' }).getByRole('button', { name: 'Add ACL group…' }).click();
  const dialog = page.getByRole('dialog', { name: 'Add ACL groups to 1 route' });
  await dialog.getByRole('combobox', { name: 'ACL groups to add', exact: true }).fill('Contra');
  await dialog.getByRole('option', { name: /^Contractors\b/ }).click();
  await dialog.getByRole('button', { name: 'Add ACL groups' }).click();
  await expect(page.getByRole('status').filter({ hasText: 'Updated 1 route: added ACL groups Contractors.' })).toBeVisible();

  await table.getByRole('link', { name: 'branch-lab' }).click();
  await expectHeading(page, 'branch-lab');
  await expect(field(page, 'ACL groups').getByRole('link', { name: 'Contractors' })).toBeVisible();
  await expect(page.getByRole('alert')).toHaveCount(0);
});
