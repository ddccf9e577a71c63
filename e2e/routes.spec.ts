import { expect, test } from '@playwright/test';
import { expectHeading, field, openArea, rowOf } from './support/console';

/** Legacy network routes on the embedded demo account, and the warning for a route without ACL groups. */

const WARNING = 'Every peer in Contractors gets unrestricted access to 192.168.50.0/24';

test('lists the routes except exit nodes and calls out the one without ACL groups', async ({ page }) => {
  await page.goto('/networks');
  await openArea(page, 'Network routes');
  const table = page.getByRole('table', { name: 'Network routes', exact: true });
  await expect(rowOf(table, 'branch-lab')).toContainText('192.168.50.0/24');
  await expect(rowOf(table, 'branch-lab')).toContainText('branch-gw');
  await expect(rowOf(table, 'branch-lab')).toContainText('None: unrestricted');
  await expect(rowOf(table, 'branch-printers')).toContainText('192.168.60.0/24');
  // The exit node lives under Exit nodes.
  await expect(table.getByRole('link', { name: 'exit-eu', exact: true })).toHaveCount(0);

  const warning = page.getByRole('alert').filter({ hasText: 'has no ACL groups' });
  await expect(warning).toContainText('1 route has no ACL groups: access is not restricted by any policy');
  await expect(warning).toContainText(`branch-lab: ${WARNING}.`);
});

test('the route without ACL groups says who gets unrestricted access to what', async ({ page }) => {
  await page.goto('/routes');
  await page.getByRole('table', { name: 'Network routes', exact: true }).getByRole('link', { name: 'branch-lab' }).click();
  await expectHeading(page, 'branch-lab');
  await expect(page).toHaveURL(/\/routes\/route-branch-lab$/);
  await expect(page.getByRole('alert')).toContainText(`${WARNING}.`);
  await expect(field(page, 'Network')).toHaveText('192.168.50.0/24');
  await expect(field(page, 'Type')).toHaveText('IPv4');
  await expect(field(page, 'ACL groups')).toHaveText('None: access is unrestricted');
  await expect(field(page, 'Distribution groups').getByRole('link', { name: 'Contractors' })).toBeVisible();

  // The route with ACL groups has no warning.
  await page.goto('/routes/route-branch-printers');
  await expectHeading(page, 'branch-printers');
  await expect(field(page, 'ACL groups').getByRole('link', { name: 'Engineers' })).toBeVisible();
  await expect(page.getByRole('alert')).toHaveCount(0);
});

test('an exit node opened as a route points to Exit nodes; an unknown route is not found', async ({ page }) => {
  await page.goto('/routes/route-exit-eu');
  await expectHeading(page, 'exit-eu');
  await expect(page.getByText('This route is an exit node')).toBeVisible();
  await page.getByRole('link', { name: 'Open it under Exit nodes' }).click();
  await expect(page).toHaveURL(/\/exit-nodes\/route-exit-eu$/);

  await page.goto('/routes/route-gone');
  await expectHeading(page, 'Network route');
  await expect(page.getByRole('alert')).toContainText('Not found');
});
