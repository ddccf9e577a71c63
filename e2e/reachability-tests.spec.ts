import { readFile, writeFile } from 'node:fs/promises';
import type { Page } from '@playwright/test';
import { expectPageHeading, openArea, openPage, SLOW_LOAD } from './support/console';
import { expect, test } from './support/fixtures';

/**
 * Reachability tests page (issue 5): add tests with the form, run them against the account (pass
 * or fail with the trace's reason, a link to the Trace page), delete them, and round-trip them
 * through the JSON file `nbrc test` reads. Unreadable stored tests are reported, not dropped.
 */

test.describe.configure({ timeout: 90_000 });

async function addTest(page: Page, t: { name: string; from: string; to: string; port?: string; expect?: 'Allow' | 'Deny' }): Promise<void> {
  const form = page.getByRole('form', { name: 'Add a test' });
  await form.getByLabel('Name').fill(t.name);
  await form.getByRole('combobox', { name: 'From (source peer)' }).fill(t.from);
  await page.getByRole('option', { name: new RegExp(`^${t.from}\\b`) }).click();
  await form.getByLabel('To (destination)').fill(t.to);
  if (t.port !== undefined) await form.getByLabel('Port').fill(t.port);
  if (t.expect === 'Deny') {
    await form.getByRole('combobox', { name: 'Expect' }).click();
    await page.getByRole('option', { name: 'Deny', exact: true }).click();
  }
  await form.getByRole('button', { name: 'Add test' }).click();
  await expect(page.getByRole('table', { name: 'Saved reachability tests' }).getByRole('row').filter({ hasText: t.name })).toBeVisible();
}

const row = (page: Page, name: string) => page.getByRole('table', { name: 'Saved reachability tests' }).getByRole('row').filter({ has: page.getByRole('cell', { name, exact: true }) });

test('add, run (pass and fail with the reason), trace, delete, and export/import round trip', async ({ page }, info) => {
  await page.goto('/');
  await openArea(page, 'Reachability tests');
  await expect(page.getByText('No saved tests yet')).toBeVisible();

  // The form checks fields with the same rules as the importer and nbrc test.
  const form = page.getByRole('form', { name: 'Add a test' });
  await form.getByRole('button', { name: 'Add test' }).click();
  await expect(form.getByText('name is required')).toBeVisible();
  await expect(form.getByLabel('Name')).toHaveAttribute('aria-invalid', 'true');

  await addTest(page, { name: 'Engineers reach the office LAN', from: 'alice-macbook', to: '10.10.0.20:22' });
  await expect(form.getByLabel('Name')).toHaveValue('');
  await form.getByLabel('To (destination)').fill('office-gw');
  await expect(form.getByText('Peer office-gw (100.92.14.7)')).toBeVisible(SLOW_LOAD);
  await addTest(page, { name: 'SSH to office-gw', from: 'alice-macbook', to: 'office-gw', port: '22' });
  await addTest(page, { name: 'Contractors kept out of DC core', from: 'erin-laptop', to: 'res-dc-core:22', expect: 'Deny' });
  await expect(row(page, 'SSH to office-gw')).toContainText('Not run');

  await page.getByRole('button', { name: 'Run now' }).click();
  await expect(page.getByRole('status').filter({ hasText: 'failed' })).toContainText('1 of 3 failed');
  await expect(row(page, 'Engineers reach the office LAN')).toContainText('Passed');
  await expect(row(page, 'Contractors kept out of DC core')).toContainText('Passed');
  const failing = row(page, 'SSH to office-gw');
  await expect(failing).toContainText('Failed');
  await expect(failing).toContainText('Peer ACL: input chain of office-gw (peer-office-gw), tcp/22: no peer-to-peer policy from alice-macbook (peer-alice-mbp) to office-gw (peer-office-gw) allows it');

  // Export: the plain JSON array nbrc test reads.
  const download = page.waitForEvent('download');
  await page.getByRole('button', { name: 'Export JSON' }).click();
  const file = info.outputPath('reachability-tests.json');
  await (await download).saveAs(file);
  const exported = JSON.parse(await readFile(file, 'utf8')) as unknown;
  expect(exported).toEqual([
    { name: 'Engineers reach the office LAN', from: 'alice-macbook', to: '10.10.0.20:22', expect: 'allow' },
    { name: 'SSH to office-gw', from: 'alice-macbook', to: 'office-gw', port: 22, expect: 'allow' },
    { name: 'Contractors kept out of DC core', from: 'erin-laptop', to: 'res-dc-core:22', expect: 'deny' },
  ]);

  // The failing test's Trace link opens the Trace page on the same packet.
  await failing.getByRole('link', { name: 'Trace SSH to office-gw' }).click();
  await expectPageHeading(page, 'Trace');
  await expect(page).toHaveURL(/\/trace\?from=alice-macbook&to=office-gw&port=22$/);
  await expect(page.getByRole('region', { name: 'Verdict' })).toContainText('Denied', SLOW_LOAD);
  await page.goBack();
  await expectPageHeading(page, 'Reachability tests');

  // Delete them all, then import the exported file: the same tests are back.
  for (const name of ['Engineers reach the office LAN', 'SSH to office-gw', 'Contractors kept out of DC core']) {
    await page.getByRole('button', { name: `Delete test ${name}` }).click();
  }
  await expect(page.getByText('No saved tests yet')).toBeVisible();
  await page.getByLabel('Tests file to import').setInputFiles(file);
  await expect(page.getByText('Imported 3 tests from reachability-tests.json: 3 added, 0 replaced.')).toBeVisible();
  await expect(page.getByRole('table', { name: 'Saved reachability tests' }).getByRole('row')).toHaveCount(4);
  await expect(row(page, 'SSH to office-gw')).toContainText('alice-macbook → office-gw (port 22)');

  // An invalid file changes nothing and names the bad entry.
  const bad = info.outputPath('bad.json');
  await writeFile(bad, JSON.stringify({ tests: [{ name: 'typo', from: 'alice-macbook', to: 'lan', expected: 'allow' }] }));
  await page.getByLabel('Tests file to import').setInputFiles(bad);
  await expect(page.getByRole('alert').filter({ hasText: 'Nothing imported' })).toContainText('tests[0] "typo": unknown field "expected"');
  await expect(page.getByRole('table', { name: 'Saved reachability tests' }).getByRole('row')).toHaveCount(4);

  // Tests are kept across reloads (browser storage).
  await page.reload();
  await expectPageHeading(page, 'Reachability tests');
  await expect(page.getByRole('table', { name: 'Saved reachability tests' }).getByRole('row')).toHaveCount(4);
});

test('unreadable stored tests are reported and kept until discarded', async ({ page }) => {
  await openPage(page, '/tests', 'Reachability tests');
  await page.evaluate(() => localStorage.setItem('nbrc.reachability-tests.v1@embedded', '{"version":1,"tests":[{"name":"half'));
  await page.reload();
  const alert = page.getByRole('alert').filter({ has: page.getByText('The saved tests could not be read', { exact: true }) });
  await expect(alert).toContainText('not valid JSON', SLOW_LOAD);
  // Writing is refused while the content is unreadable: nothing overwrites it unseen.
  const form = page.getByRole('form', { name: 'Add a test' });
  await form.getByLabel('Name').fill('x');
  await form.getByRole('combobox', { name: 'From (source peer)' }).fill('alice-macbook');
  await page.getByRole('option', { name: /^alice-macbook\b/ }).click();
  await form.getByLabel('To (destination)').fill('office-gw');
  await form.getByRole('button', { name: 'Add test' }).click();
  await expect(form.getByRole('alert')).toHaveText('Not added: the saved tests could not be read: download or discard them first');
  expect(await page.evaluate(() => localStorage.getItem('nbrc.reachability-tests.v1@embedded'))).toBe('{"version":1,"tests":[{"name":"half');
  await alert.getByRole('button', { name: 'Discard them…' }).click();
  await page.getByRole('alertdialog').getByRole('button', { name: 'Discard' }).click();
  await expect(alert).toBeHidden();
  await expect(page.getByText('No saved tests yet')).toBeVisible();
});
