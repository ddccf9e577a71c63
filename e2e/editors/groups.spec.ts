import type { Locator, Page } from '@playwright/test';
import { expectPageHeading, openPage as open, rowOf, SLOW_LOAD } from '../support/console';
import { expect, test } from '../support/fixtures';

/**
 * Groups editor (issue 3) on the demo account: create, rename, add and remove members, see what a
 * membership change would do before saving, deletion refused in the UI naming every user, and the
 * built-in All group protected. Only the UI is driven, so the specs also run against `nbrc serve`.
 */

test.describe.configure({ timeout: 90_000 });

const editor = (page: Page) => page.getByRole('form', { name: 'Edit group' });

async function addMember(scope: Locator, label: string, name: string): Promise<void> {
  await scope.getByRole('combobox', { name: label, exact: true }).fill(name);
  await scope.page().getByRole('option', { name: new RegExp(`^${name}\\b`) }).click();
}

test('creates a group, adds a peer and a resource, renames it, and deletes it once unused', async ({ page }) => {
  await open(page, '/groups', 'Groups');
  await page.getByRole('button', { name: 'New group' }).click();
  const dialog = page.getByRole('dialog', { name: 'New group' });
  await dialog.getByLabel('Name').fill('Engineers');
  await dialog.getByRole('button', { name: 'Create group' }).click();
  await expect(dialog.getByText('group "Engineers" already exists')).toBeVisible();
  await dialog.getByLabel('Name').fill('Lab');
  await dialog.getByRole('button', { name: 'Create group' }).click();
  await expectPageHeading(page, 'Lab');

  const form = editor(page);
  await addMember(form, 'Peers', 'bob-thinkpad');
  await addMember(form, 'Network resources', 'Apps subnet');
  await form.getByLabel('Group name').fill('Lab machines');
  await form.getByRole('button', { name: 'Save group' }).click();
  await expect(form.getByText('Group saved.')).toBeVisible();
  await expectPageHeading(page, 'Lab machines');
  await expect(rowOf(page.getByRole('table', { name: 'Peers of Lab machines' }), 'bob-thinkpad')).toBeVisible();
  await expect(rowOf(page.getByRole('table', { name: 'Network resources of Lab machines' }), 'Apps subnet')).toContainText('10.20.0.0/16');

  // A member resource still holds on to the group: the delete is refused until it leaves.
  await page.getByRole('button', { name: 'Delete group' }).click();
  await expect(page.getByRole('alert').filter({ hasText: 'The group cannot be deleted' })).toContainText('network resource "Apps subnet" (member)');

  await form.getByRole('button', { name: 'Remove peer bob-thinkpad' }).click();
  await form.getByRole('button', { name: 'Remove resource Apps subnet' }).click();
  await form.getByRole('button', { name: 'Save group' }).click();
  await expect(page.getByRole('table', { name: 'Peers of Lab machines' })).toHaveCount(0);
  await expect(page.getByRole('table', { name: 'Network resources of Lab machines' })).toHaveCount(0);

  await page.getByRole('button', { name: 'Delete group' }).click();
  const confirm = page.getByRole('alertdialog');
  await expect(confirm).toContainText('Delete group “Lab machines”?');
  await confirm.getByRole('button', { name: 'Delete' }).click();
  await expectPageHeading(page, 'Groups');
  await expect(page.getByRole('table', { name: 'Groups' }).getByRole('link', { name: 'Lab machines' })).toHaveCount(0);
});

test('deleting a group still in use is refused before any request, naming every user', async ({ page }) => {
  await open(page, '/groups/grp-engineers', 'Engineers');
  await page.getByRole('button', { name: 'Delete group' }).click();
  const alert = page.getByRole('alert').filter({ hasText: 'The group cannot be deleted' });
  await expect(alert).toContainText(
    'group "Engineers" cannot be deleted: it is used by route "branch-printers" (distribution, access control), nameserver group "Cloudflare" (distribution), policy "Engineers to Office LAN" (rule "Office LAN": source) and 6 more.',
  );
  const users = alert.getByRole('list', { name: 'Where the group is used' });
  await expect(users.getByRole('listitem')).toHaveCount(9);
  await expect(users.getByRole('link', { name: 'policy "Engineers peer-to-peer" (rule "Mesh": source and destination)' })).toBeVisible();
  await expect(page.getByRole('alertdialog')).toHaveCount(0);

  // A resource group is refused because of its member resource too.
  await open(page, '/groups/grp-internal-web', 'internal-web');
  await page.getByRole('button', { name: 'Delete group' }).click();
  await expect(page.getByRole('alert').filter({ hasText: 'The group cannot be deleted' })).toContainText('network resource "Internal sites" (member)');
});

test('the All group can be neither renamed, given peers nor deleted, and says why', async ({ page }) => {
  await open(page, '/groups/grp-all', 'All');
  const form = editor(page);
  await expect(form.getByLabel('Group name')).toBeDisabled(SLOW_LOAD);
  await expect(form.getByText(/NetBird’s built-in group: it always holds every peer of the account, so it can be neither renamed/)).toBeVisible();
  await expect(form.getByRole('combobox', { name: 'Peers' })).toBeDisabled();
  await expect(page.getByRole('button', { name: 'Delete group' })).toBeDisabled();
  await expect(page.getByText('Not possible: the "All" group cannot be deleted, because it holds every peer of the account.')).toBeVisible();
});

test('removing a routing peer from its group warns, before saving, that a network loses its routing peer', async ({ page }) => {
  await open(page, '/groups/grp-office-routers', 'office-routers');
  const form = editor(page);
  await form.getByRole('button', { name: 'Remove peer office-gw' }).click();
  const impact = page.getByRole('alert').filter({ hasText: 'Saving would add' });
  await expect(impact).toContainText('Network "Internal web" has 1 enabled resource', SLOW_LOAD);
  await expect(impact).toContainText('no routing peer to carry traffic');
  await addMember(form, 'Peers', 'office-gw');
  await expect(impact).toHaveCount(0);
});
