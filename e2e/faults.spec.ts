import type { Page } from '@playwright/test';
import { expectPageHeading, openPage } from './support/console';
import { expect, test } from './support/fixtures';

/**
 * Faults (issue 9): the embedded control plane fails on purpose, as real servers and networks do.
 * Every failed save says what happened, keeps what was typed and can be retried; a retry after a
 * timeout (the server applied the change, the answer was lost) never creates a duplicate.
 */

test.describe.configure({ timeout: 90_000 });

/** armFault: the plan Settings would store for this tab, set before the app loads. */
async function armFault(page: Page, kind: string, frequency = 'next', scope = 'changes'): Promise<void> {
  await page.addInitScript((plan) => {
    if (!sessionStorage.getItem('nbrc.faults.armed')) {
      sessionStorage.setItem('nbrc.faults', plan);
      sessionStorage.setItem('nbrc.faults.armed', '1');
    }
  }, JSON.stringify({ kind, frequency, scope }));
}

async function newNetwork(page: Page, name: string) {
  await openPage(page, '/networks', 'Networks');
  await page.getByRole('button', { name: 'New network' }).click();
  const dialog = page.getByRole('dialog', { name: 'New network' });
  await dialog.getByLabel('Name').fill(name);
  await dialog.getByLabel('Description').fill('Typed before the failure');
  await dialog.getByRole('button', { name: 'Create network' }).click();
  return dialog;
}

test('Settings turns fault injection on; a 500 on create keeps the typed network, and the retry creates it', async ({ page }) => {
  await openPage(page, '/settings', 'Settings');
  const panel = page.getByRole('region', { name: 'Fault injection' });
  await expect(panel.getByRole('status')).toHaveText('Fault injection is off.');
  await panel.getByRole('button', { name: 'Turn on fault injection' }).click();
  await expect(panel.getByRole('status')).toContainText('Fault injection is on: server error (500)');

  const dialog = await newNetwork(page, 'Branch office');
  await expect(dialog.getByRole('alert')).toContainText('internal server error');
  await expect(dialog.getByLabel('Name')).toHaveValue('Branch office');
  await expect(dialog.getByLabel('Description')).toHaveValue('Typed before the failure');

  await dialog.getByRole('button', { name: 'Create network' }).click();
  await expectPageHeading(page, 'Branch office');
});

test('a timeout after the server applied the create: saving again does not create a duplicate', async ({ page }) => {
  await armFault(page, 'timeout');
  const dialog = await newNetwork(page, 'Lost answer network');
  await expect(dialog.getByRole('alert')).toContainText(/timed out|took longer/, { timeout: 15_000 });
  await expect(dialog.getByLabel('Name')).toHaveValue('Lost answer network');

  await dialog.getByRole('button', { name: 'Create network' }).click();
  await expectPageHeading(page, 'Lost answer network');
  await openPage(page, '/networks', 'Networks');
  await expect(page.getByRole('table', { name: 'Networks' }).getByRole('link', { name: 'Lost answer network', exact: true })).toHaveCount(1);
});

test('a 429 on an update keeps the edit, and a retry saves it', async ({ page }) => {
  await armFault(page, 'rate-limit-429', 'every-third');
  await openPage(page, '/peers/peer-alice-mbp', 'alice-macbook');
  const form = page.getByRole('form', { name: 'Peer settings' });
  await form.getByLabel('Peer name').fill('alice-renamed');
  // Changes 1 and 2 pass, the third is refused with 429: save three times.
  for (const name of ['alice-1', 'alice-2', 'alice-3']) {
    await form.getByLabel('Peer name').fill(name);
    await form.getByRole('button', { name: 'Save peer' }).click();
    if (name !== 'alice-3') await expectPageHeading(page, name);
  }
  await expect(form.getByRole('alert')).toContainText('too many requests');
  await expect(form.getByLabel('Peer name')).toHaveValue('alice-3');
  await form.getByRole('button', { name: 'Save peer' }).click();
  await expectPageHeading(page, 'alice-3');
});

test('dropped connections on every read: the page says so and offers Retry; once the network is back the page loads', async ({ page }) => {
  await armFault(page, 'dropped-connection', 'every', 'all');
  await page.goto('/groups');
  // Reads are retried quietly first (a network blip), then the failure is shown.
  await expect(page.getByRole('main').getByRole('alert').last()).toContainText(/connection|reach/i, { timeout: 30_000 });
  await expect(page.getByRole('main').getByRole('button', { name: 'Retry' }).first()).toBeVisible();
  await page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Settings' }).click();
  await page.getByRole('region', { name: 'Fault injection' }).getByRole('button', { name: 'Turn off' }).click();
  await page.goBack();
  await expect(page.getByRole('table', { name: 'Groups' })).toBeVisible();
});
