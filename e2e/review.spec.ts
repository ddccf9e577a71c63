import { readFile } from 'node:fs/promises';
import type { Locator, Page } from '@playwright/test';
import { sidebar } from './support/console';
import { expect, test } from './support/fixtures';

/**
 * The Review page on the embedded demo account: every pitfall the demo was built with is listed
 * with its objects, a one-click fix removes its finding, and the access matrix answers "who can
 * reach what" with the deciding policy, filters, exports, and explains a cell with the trace.
 */

/** PAGE_LOAD_MS: a full load fetches the page's code and the whole account; give it more than one expect. */
const PAGE_LOAD_MS = 15_000;

/** The pitfalls the demo account was built with (src/control-plane/seeds/demo), one code each. */
const DEMO_PITFALLS = [
  'domain-resource-leak',
  'exit-node-missing-icmp-policy',
  'dns-forwarder-port-mixed-versions',
  'domain-and-ip-resources-mixed',
  'exit-node-dns-leak',
  'route-without-acl-groups',
  'routing-peer-lan-ip-needs-input-policy',
] as const;

const findingsList = (page: Page) => page.getByRole('list', { name: /^Findings by/ });

/** finding: the finding cards showing `code` (a code may be raised for several objects). */
const finding = (page: Page, code: string): Locator => findingsList(page).getByRole('article').filter({ has: page.getByText(code, { exact: true }) });

async function openReview(page: Page, path = '/review'): Promise<void> {
  await page.goto(path);
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Review', { timeout: PAGE_LOAD_MS });
}

async function openMatrix(page: Page, search = ''): Promise<Locator> {
  await openReview(page, `/review/access${search}`);
  const table = page.getByRole('table', { name: 'Access matrix' });
  await expect(table).toBeVisible({ timeout: PAGE_LOAD_MS });
  return table;
}

test('every pitfall of the demo account is on the Review page, with its objects linked', async ({ page }) => {
  test.slow();
  await page.goto('/networks');
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Networks', { timeout: PAGE_LOAD_MS });
  await sidebar(page).getByRole('link', { name: 'Review', exact: true }).click();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Review', { timeout: PAGE_LOAD_MS });

  const summary = page.getByRole('definition').filter({ hasText: /^\d+$/ });
  await expect(summary).toHaveText(['2', '10', '0']);
  for (const code of DEMO_PITFALLS) await expect(finding(page, code).first(), code).toBeVisible();

  // The leak names the objects it is about, each linked to its page.
  const leak = finding(page, 'domain-resource-leak');
  await expect(leak).toContainText('resolves to 10.20.3.4');
  await expect(leak.getByRole('link', { name: 'Corp app', exact: true })).toHaveAttribute('href', '/networks/net-apps/resources/res-corp-app');
  await expect(leak.getByRole('link', { name: 'Engineers', exact: true })).toHaveAttribute('href', '/groups/grp-engineers');
  await finding(page, 'exit-node-missing-icmp-policy').getByRole('link', { name: 'exit-eu', exact: true }).click();
  await expect(page).toHaveURL(/\/exit-nodes\/route-exit-eu$/);
  await page.goBack();

  // The per-network health line: Corp apps carries the leak's error and the mix warning.
  const health = page.getByRole('table', { name: 'Network health' });
  const corpApps = health.getByRole('row').filter({ has: page.getByRole('link', { name: 'Corp apps', exact: true }) });
  await expect(corpApps).toContainText('2 of 2 reachable');
  await expect(corpApps).toContainText('1 error');
  await expect(corpApps).toContainText('2 warnings');
  const datacenter = health.getByRole('row').filter({ has: page.getByRole('link', { name: 'Datacenter', exact: true }) });
  await expect(datacenter).toContainText('Highly available');

  // Grouped by object: the exit node gathers its two findings under one heading.
  await page.getByRole('button', { name: 'By object' }).click();
  await expect(page).toHaveURL(/by=object/);
  await expect(page.getByRole('heading', { name: /exit node\s*exit-eu\s*2 findings/ })).toBeVisible();
  for (const code of DEMO_PITFALLS) await expect(finding(page, code).first(), code).toBeVisible();
});

test('a one-click fix applies the change and its finding disappears', async ({ page }) => {
  test.slow();
  await openReview(page);
  const icmp = finding(page, 'exit-node-missing-icmp-policy');
  await expect(icmp).toBeVisible({ timeout: PAGE_LOAD_MS });
  await icmp.getByRole('button', { name: 'Create policy "ICMP to exit node exit-eu"' }).click();
  await expect(icmp).toHaveCount(0);
  await expect(page.getByRole('definition').filter({ hasText: /^\d+$/ }).first()).toHaveText('1');

  // The new policy now decides Travelers' access to the exit node's routing peer.
  await page.getByRole('tab', { name: 'Access matrix' }).click();
  await expect(page).toHaveURL(/\/review\/access$/);
  const table = page.getByRole('table', { name: 'Access matrix' });
  // The account is re-read after the fix; on a busy machine that outlasts the default wait.
  await expect(table).toBeVisible({ timeout: PAGE_LOAD_MS });
  const travelers = table.getByRole('row').filter({ has: page.getByRole('link', { name: 'Travelers', exact: true }) });
  await expect(travelers.filter({ hasText: 'exit-eu-1' })).toContainText('ICMP to exit node exit-eu', { timeout: PAGE_LOAD_MS });
});

test('the access matrix shows each entry with its deciding policy, filters, and exports CSV and JSON', async ({ page }) => {
  test.slow();
  const table = await openMatrix(page);
  await expect(page.getByText('12 entries', { exact: true })).toBeVisible();
  const officeLan = table.getByRole('row').filter({ has: page.getByRole('link', { name: 'Office LAN', exact: true }) });
  await expect(officeLan).toContainText('Engineers');
  await expect(officeLan).toContainText('forward');
  await expect(officeLan.getByRole('link', { name: 'Engineers to Office LAN', exact: true })).toHaveAttribute('href', '/policies/pol-office');

  // Filter by source: Contractors reach two resources, both on tcp 443.
  const sources = page.getByRole('combobox', { name: 'Sources' });
  await sources.click();
  await sources.fill('Contr');
  await page.getByRole('option', { name: /^Contractors/ }).click();
  await expect(page.getByText('2 of 12 entries', { exact: true })).toBeVisible();
  await expect(page).toHaveURL(/source=group%3Agrp-contractors/);
  const rows = table.getByRole('row');
  await expect(rows).toHaveCount(3);
  await expect(rows.nth(1)).toContainText('Corp app');
  await expect(rows.nth(2)).toContainText('Shared services VPC');

  // The export is the filtered view, with the evidence header.
  const csvDownload = page.waitForEvent('download');
  await page.getByRole('button', { name: 'Export CSV' }).click();
  const csv = await csvDownload;
  expect(csv.suggestedFilename()).toMatch(/^access-matrix-.+\.csv$/);
  const lines = (await readFile(await csv.path(), 'utf8')).trimEnd().split('\r\n');
  expect(lines[0]).toBe('source_type,source_id,source_name,destination_type,destination_id,destination_name,destination_address,protocol,ports,chain,policy_id,policy_name');
  expect(lines).toHaveLength(3);
  expect(lines[1]).toBe('group,grp-contractors,Contractors,resource,res-corp-app,Corp app,app.corp.example,tcp,443,forward,pol-corp-app,Contractors to Corp app');

  const jsonDownload = page.waitForEvent('download');
  await page.getByRole('button', { name: 'Export JSON' }).click();
  const json = JSON.parse(await readFile(await (await jsonDownload).path(), 'utf8')) as { format: string; filter: string; entries: { policy: { name: string } }[] };
  expect(json.format).toBe('nbrc-access/1');
  expect(json.filter).toBe('sources: Contractors');
  expect(json.entries.map((e) => e.policy.name)).toEqual(['Contractors to Corp app', 'Staff to shared services']);

  // Text search and destination types narrow further; the URL keeps the question.
  await page.getByRole('button', { name: 'Remove Contractors' }).click();
  await page.getByRole('searchbox', { name: 'Search' }).fill('8000');
  await expect(page.getByText('1 of 12 entries', { exact: true })).toBeVisible();
  await expect(rows.nth(1)).toContainText('DC core');
  await page.getByRole('searchbox', { name: 'Search' }).fill('');
  await page.getByRole('checkbox', { name: "Routing peers' own services" }).check();
  await page.getByRole('checkbox', { name: 'Other peers' }).check();
  await expect(page.getByText('3 of 12 entries', { exact: true })).toBeVisible();
  await expect(table).toContainText('input');
  await expect(table).not.toContainText('forward');
});

test('peers on demand get rows of their own, and a filtered matrix is a link', async ({ page }) => {
  test.slow();
  await openReview(page, '/review/access?kind=resource&view=grid');
  const grid = page.getByRole('table', { name: 'Access grid' });
  await expect(grid).toBeVisible({ timeout: PAGE_LOAD_MS });
  await expect(page.getByRole('checkbox', { name: 'Resources' })).toBeChecked();
  await expect(page.getByRole('table', { name: 'Access matrix' })).toHaveCount(0);
  await expect(grid.getByRole('rowheader')).toHaveText([/Contractors/, /Engineers/]);

  const add = page.getByRole('combobox', { name: 'Add peer rows' });
  await add.click();
  await add.fill('frank');
  await page.getByRole('option', { name: /^frank-macbook/ }).click();
  await expect(page).toHaveURL(/peer=peer-frank/);
  // frank is a contractor: his own row reaches what Contractors reach.
  const frank = grid.getByRole('row').filter({ has: page.getByRole('rowheader', { name: /frank-macbook/ }) });
  await expect(frank).toContainText('Contractors to Corp app');
  await expect(frank).toContainText('Staff to shared services');
  await expect(frank.getByRole('link', { name: 'Explain frank-macbook to Corp app' })).toHaveAttribute('href', '/trace?from=peer-frank-mbp&to=res-corp-app&proto=tcp&port=443');
});

test('Explain on a cell opens the trace of that pair, allowed by the same policy', async ({ page }) => {
  test.slow();
  const table = await openMatrix(page);
  await table.getByRole('link', { name: 'Explain Engineers to Office LAN' }).click();
  await expect(page).toHaveURL(/\/trace\?from=peer-alice-mbp&to=res-office-lan&proto=all$/);
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Trace', { timeout: PAGE_LOAD_MS });
  await expect(page.getByRole('combobox', { name: 'Source peer' })).toHaveValue('alice-macbook');
  await expect(page.getByRole('combobox', { name: 'Destination' })).toHaveValue('res-office-lan');
  const verdict = page.getByRole('region', { name: 'Verdict' });
  await expect(verdict).toContainText('Allowed');
  await expect(page.getByRole('region', { name: 'Deciding objects' }).getByRole('link', { name: 'Engineers to Office LAN', exact: true })).toBeVisible();
});
