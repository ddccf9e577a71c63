import type { Page } from '@playwright/test';
import { expectPageHeading, field, openPage as open, SLOW_LOAD } from '../support/console';
import { expect, test } from '../support/fixtures';

/**
 * Peers editor (issue 3) on the demo account: name, SSH and expiration settings; a routing peer with
 * login expiration warned about while deciding, with the one-click fix; the server's refusal kept
 * with what was typed; deletion naming the networks and routes the peer serves. Only the UI is
 * driven, so the specs also run against `nbrc serve --token`.
 */

test.describe.configure({ timeout: 90_000 });

const settings = (page: Page) => page.getByRole('form', { name: 'Peer settings' });
const warning = (page: Page) => page.getByRole('alert').filter({ hasText: 'This routing peer can drop off when its login expires' });

test('a routing peer with login expiration is warned about while deciding, and fixed in one click', async ({ page }) => {
  await open(page, '/peers/peer-office-gw', 'office-gw');
  const form = settings(page);
  const toggle = form.getByRole('switch', { name: 'Login expiration' });
  await expect(toggle).not.toBeChecked(SLOW_LOAD);
  await expect(warning(page)).toHaveCount(0);

  await toggle.click();
  await expect(warning(page)).toContainText('Routing peer office-gw has login expiration enabled', SLOW_LOAD);
  await expect(warning(page)).toContainText('stops routing for network "Office" and network "Internal web"');
  await expect(warning(page)).toContainText('Register routing peers with setup keys so they do not drop off when a login expires.');
  await form.getByRole('button', { name: 'Save peer' }).click();
  await expect(form.getByText('Peer saved.')).toBeVisible();
  await expect(field(page, 'Login expiration')).toHaveText('On');

  await page.reload();
  await expect(warning(page)).toBeVisible(SLOW_LOAD);
  await warning(page).getByRole('button', { name: 'Disable login expiration' }).click();
  await expect(warning(page)).toHaveCount(0);
  await expect(field(page, 'Login expiration')).toHaveText('Off');
  await expect(settings(page).getByRole('switch', { name: 'Login expiration' })).not.toBeChecked();
});

test('a client peer gets no routing warning; settings save, and a refused save keeps what was typed', async ({ page }) => {
  await open(page, '/peers/peer-alice-mbp', 'alice-macbook');
  const form = settings(page);
  await expect(form.getByRole('switch', { name: 'Login expiration' })).toBeChecked(SLOW_LOAD);
  await expect(warning(page)).toHaveCount(0);

  await form.getByLabel('Peer name').fill('   ');
  await form.getByRole('switch', { name: 'SSH server' }).click();
  await form.getByRole('button', { name: 'Save peer' }).click();
  // Checked in the form by the same rule the server applies, under the field.
  await expect(form.getByLabel('Peer name')).toHaveAccessibleDescription(/peer name must not be empty/);
  await expect(form.getByLabel('Peer name')).toHaveValue('   ');
  await expect(form.getByRole('switch', { name: 'SSH server' })).toBeChecked();

  await form.getByLabel('Peer name').fill('alice-laptop');
  await form.getByRole('button', { name: 'Save peer' }).click();
  await expectPageHeading(page, 'alice-laptop');
  await expect(field(page, 'SSH server')).toHaveText('On');
});

test('deleting a routing peer names the networks and routes it serves', async ({ page }) => {
  await open(page, '/peers/peer-apps-gw', 'apps-gw');
  await page.getByRole('button', { name: 'Delete' }).click();
  const confirm = page.getByRole('alertdialog');
  await expect(confirm).toContainText('Left with no routing peer at all');
  await expect(confirm).toContainText('network "Corp apps"');
  await expect(confirm).toContainText('Network routing peers deleted with it');
  await confirm.getByRole('button', { name: 'Delete' }).click();
  await expectPageHeading(page, 'Peers');
  await expect(page.getByRole('table', { name: 'Peers' }).getByRole('link', { name: 'apps-gw' })).toHaveCount(0);

  await open(page, '/peers/peer-branch-gw', 'branch-gw');
  await page.getByRole('button', { name: 'Delete' }).click();
  await expect(page.getByRole('alertdialog')).toContainText('Network routes deleted with it');
  await expect(page.getByRole('alertdialog')).toContainText('route "branch-lab" (192.168.50.0/24)');
});
