import { expect, test, type Locator } from '@playwright/test';
import { expectPageHeading, sidebar, SLOW_LOAD } from './support/console';
import { pointConsoleAt } from './support/console-target';
import { generateAccountFile, type GeneratedAccount } from './support/generated-account';
import { startServedApi, type ServedApi } from './support/served-api';

/**
 * An XL account (issue 8: 10,000 peers, 1,000 networks, 20,000 resources, 5,000 policies) served
 * by `nbrc serve` with a token, as a large real account would be: the Peers table holds all
 * 10,000 peers, down to the last, and the Review page shows the account's findings. This proves
 * the path works at scale; how fast it is lives in `npm run bench` (the review-page budget).
 */

let account: GeneratedAccount;
let served: ServedApi;

test.beforeAll(async () => {
  // generating and loading 35 MB of account takes a few seconds on a busy machine
  test.setTimeout(120_000);
  account = await generateAccountFile('XL');
  served = await startServedApi({ seed: account.path });
});

test.afterAll(async () => {
  await served?.stop();
  await account?.remove();
});

/**
 * ANALYSIS: reading the whole XL account and analysing it: 12–17 s on the dev server of a 2-core
 * machine that several test runs shared, over a minute at its busiest.
 */
const ANALYSIS = { timeout: 90_000 };

/** scrollTo: scrolls the table's own box (a virtualized table scrolls inside itself) to its top or bottom. */
async function scrollTo(table: Locator, where: 'top' | 'bottom'): Promise<void> {
  await table.locator('xpath=..').evaluate((box, end) => box.scrollTo({ top: end === 'top' ? 0 : box.scrollHeight }), where);
}

test('the Peers and Review pages of an XL account: all 10,000 peers down to the last, and the findings', async ({ page }) => {
  test.setTimeout(150_000);
  await pointConsoleAt(page, served);
  await page.goto('/peers');
  await expectPageHeading(page, 'Peers');
  await expect(page.getByText('10000 items', { exact: true })).toBeVisible(SLOW_LOAD);
  const table = page.getByRole('table', { name: 'Peers', exact: true });
  await expect(table).toHaveAttribute('aria-rowcount', '10001');
  // the header is row 1, so the 10,000th peer is row 10,001; only rows in view are in the DOM
  const lastRow = table.locator('tr[aria-rowindex="10001"]');
  await expect(lastRow).toHaveCount(0);
  await scrollTo(table, 'bottom');
  await expect(lastRow).toBeVisible();
  const lastName = (await lastRow.getByRole('link').first().textContent()) ?? '';
  expect(lastName).not.toBe('');

  // sorted the other way round, the last peer comes first
  await table.getByRole('button', { name: 'Name', exact: true }).click();
  await expect(table.getByRole('columnheader', { name: 'Name', exact: true })).toHaveAttribute('aria-sort', 'descending');
  await scrollTo(table, 'top');
  await expect(table.locator('tr[aria-rowindex="2"]').getByRole('link').first()).toHaveText(lastName);

  await sidebar(page).getByRole('link', { name: 'Review', exact: true }).click();
  await expectPageHeading(page, 'Review');
  const findings = page.getByRole('list', { name: /^Findings by/ });
  await expect(findings.getByRole('article').first()).toBeVisible(ANALYSIS);
  await expect(page.getByRole('heading', { name: /^Findings \([1-9]\d*\)$/ })).toBeVisible();
});

test('the access matrix of an XL account: every entry in one list, down to the last, sorted both ways', async ({ page }) => {
  test.setTimeout(150_000);
  await pointConsoleAt(page, served);
  await page.goto('/review/access');
  await expectPageHeading(page, 'Review');
  const table = page.getByRole('table', { name: 'Access matrix' });
  await expect(table).toBeVisible(ANALYSIS);
  const count = page.getByText(/^\d+ entries$/);
  await expect(count).toBeVisible();
  const entries = Number.parseInt((await count.textContent()) ?? '', 10);
  expect(entries).toBeGreaterThan(100_000);
  // the header is row 1; only rows in view are in the DOM
  await expect(table).toHaveAttribute('aria-rowcount', String(entries + 1));
  const lastRow = table.locator(`tr[aria-rowindex="${entries + 1}"]`);
  await expect(lastRow).toHaveCount(0);

  // sorted by source, the last row's source comes first the other way round
  const source = table.getByRole('button', { name: 'Source', exact: true });
  await source.click();
  await expect(table.getByRole('columnheader', { name: 'Source', exact: true })).toHaveAttribute('aria-sort', 'ascending');
  await scrollTo(table, 'bottom');
  await expect(lastRow).toBeVisible();
  const lastSource = (await lastRow.getByRole('link').first().textContent()) ?? '';
  expect(lastSource).not.toBe('');
  await source.click();
  await expect(table.getByRole('columnheader', { name: 'Source', exact: true })).toHaveAttribute('aria-sort', 'descending');
  await scrollTo(table, 'top');
  await expect(table.locator('tr[aria-rowindex="2"]').getByRole('link').first()).toHaveText(lastSource);
});
