import type { Page } from '@playwright/test';
import { expectPageHeading, openPage } from './support/console';
import { expect, test } from './support/fixtures';

/**
 * Two tabs editing the same object (issue 9). NetBird has no ETags, so before saving the console
 * reads the object again; when someone else changed it since the form opened, the save stops and
 * asks: keep mine (overwrite) or load theirs. Both tabs share one browser, as an admin's tabs do
 * (for the embedded control plane, a tab follows the account the other tab saved).
 */

test.describe.configure({ timeout: 90_000 });

async function openEditor(page: Page) {
  await openPage(page, '/networks/net-office', 'Office');
  await page.getByRole('button', { name: 'Edit' }).first().click();
  await expect(page.getByRole('dialog', { name: 'Edit network “Office”' })).toBeVisible();
  // The title follows the network's current name once the other tab's change arrives.
  return page.getByRole('dialog', { name: /^Edit network/ });
}

test('the second save notices the change made in another tab, and asks instead of overwriting', async ({ page, context }) => {
  const first = await openEditor(page);
  await first.getByLabel('Description').fill('Edited in the first tab');

  const other = await context.newPage();
  const second = await openEditor(other);
  await second.getByLabel('Name').fill('Office HQ');
  await second.getByRole('button', { name: 'Save network' }).click();
  await expectPageHeading(other, 'Office HQ');

  await first.getByRole('button', { name: 'Save network' }).click();
  const conflict = first.getByRole('alert').filter({ hasText: 'Changed since you opened it' });
  await expect(conflict).toContainText('This network was changed by someone else since you opened it (name)');
  // Nothing typed is lost while the admin decides.
  await expect(first.getByLabel('Description')).toHaveValue('Edited in the first tab');

  await conflict.getByRole('button', { name: 'Discard mine and load theirs' }).click();
  await expect(first.getByLabel('Name')).toHaveValue('Office HQ');
  await first.getByLabel('Description').fill('Edited in the first tab, on top of theirs');
  await first.getByRole('button', { name: 'Save network' }).click();
  await expectPageHeading(page, 'Office HQ');
  await expect(page.getByText('Edited in the first tab, on top of theirs')).toBeVisible();
});

test('"Save mine anyway" overwrites the other tab\'s change on purpose', async ({ page, context }) => {
  const first = await openEditor(page);
  await first.getByLabel('Description').fill('Mine wins');
  const other = await context.newPage();
  const second = await openEditor(other);
  await second.getByLabel('Description').fill('Theirs');
  await second.getByRole('button', { name: 'Save network' }).click();
  await expect(second).toBeHidden();

  await first.getByRole('button', { name: 'Save network' }).click();
  await first.getByRole('alert').filter({ hasText: 'Changed since you opened it' }).getByRole('button', { name: 'Save mine anyway' }).click();
  await expect(first).toBeHidden();
  await expect(page.getByText('Mine wins')).toBeVisible();
});
