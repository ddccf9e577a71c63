import { test as base, expect, type Page } from '@playwright/test';
import { closedPortUrl } from './support/closed-port';
import { demoBadge, expectHeading, openArea, rowOf } from './support/console';
import { startServedApi, type ServedApi } from './support/served-api';

/**
 * The console pointed at a real management API: `nbrc serve --token T` on its own port, with its
 * own account. Settings → NetBird management API → Test connection → Save, and from then on every
 * page reads that server, with the token sent as NetBird expects and kept out of URLs and storage.
 */

const test = base.extend<{ served: ServedApi }>({
  // Playwright reads a fixture's dependencies from its first parameter, which must be a pattern.
  // eslint-disable-next-line no-empty-pattern
  served: async ({}, provide) => {
    const served = await startServedApi({ seed: 'demo' });
    await provide(served);
    await served.stop();
  },
});

// Each test starts its own `nbrc serve` process and pages load over real HTTP: allow more time.
test.describe.configure({ timeout: 60_000 });

const TOKEN_KEY = 'nbrc.token';

async function fillRemoteTarget(page: Page, url: string, token: string): Promise<void> {
  await page.goto('/settings');
  await expectHeading(page, 'Settings');
  await page.getByRole('radio', { name: 'NetBird management API' }).check();
  await page.getByLabel('Management API URL').fill(url);
  await page.getByLabel('Personal access token').fill(token);
}

/** Every value in the page's localStorage and sessionStorage, to prove where the token is (not). */
function storages(page: Page): Promise<{ local: Record<string, string>; session: Record<string, string> }> {
  return page.evaluate(() => {
    const dump = (s: Storage) => Object.fromEntries(Array.from({ length: s.length }, (_, i) => s.key(i) ?? '').map((k) => [k, s.getItem(k) ?? '']));
    return { local: dump(localStorage), session: dump(sessionStorage) };
  });
}

/** Creates a network over HTTP, as any NetBird API client would. */
async function createNetwork(served: ServedApi, name: string, description: string): Promise<string> {
  const created = await fetch(`${served.url}/api/networks`, {
    method: 'POST',
    headers: { Authorization: `Token ${served.token}`, 'Content-Type': 'application/json' },
    body: JSON.stringify({ name, description }),
  });
  expect(created.status).toBe(200);
  return ((await created.json()) as { id: string }).id;
}

/** Settings → NetBird management API → Save, without testing first. */
async function connect(page: Page, served: ServedApi): Promise<void> {
  await fillRemoteTarget(page, served.url, served.token);
  await page.getByRole('button', { name: 'Save' }).click();
  await expect(page.getByRole('status').filter({ hasText: 'Saved' })).toContainText('The console now talks to this management API.');
}

test('Test connection and Save switch the console to the served API; the token stays in the session', async ({ page, served }) => {
  // A network that only the served account has: seeing it proves where the list comes from.
  await createNetwork(served, 'Served over HTTP', 'Created with fetch before the console loaded');

  const requests: { method: string; url: string; authorization: string | undefined }[] = [];
  page.on('request', (r) => requests.push({ method: r.method(), url: r.url(), authorization: r.headers()['authorization'] }));

  await fillRemoteTarget(page, served.url, served.token);
  await page.getByRole('button', { name: 'Test connection' }).click();
  await expect(page.getByRole('status').filter({ hasText: 'Connected' })).toContainText('Save to use this server.');
  // Testing does not switch yet.
  await expect(demoBadge(page)).toBeVisible();

  await page.getByRole('button', { name: 'Save' }).click();
  await expect(page.getByRole('status').filter({ hasText: 'Saved' })).toContainText('The console now talks to this management API.');
  const host = new URL(served.url).host;
  await expect(page.getByRole('link', { name: `Management API: ${host} (open Settings)` })).toBeVisible();
  await expect(demoBadge(page)).toHaveCount(0);

  await openArea(page, 'Networks');
  const list = page.getByRole('table', { name: 'Networks', exact: true });
  await expect(rowOf(list, 'Served over HTTP')).toContainText('Created with fetch before the console loaded');
  await expect(rowOf(list, 'Office')).toBeVisible();

  // NetBird's header on every call (CORS preflights, if reported, carry none by design).
  const apiCalls = requests.filter((r) => r.url.startsWith(`${served.url}/api/`) && r.method !== 'OPTIONS');
  expect(apiCalls.some((r) => r.url.endsWith('/api/networks'))).toBe(true);
  for (const call of apiCalls) expect(call.authorization).toBe(`Token ${served.token}`);
  for (const r of requests) expect(r.url).not.toContain(served.token);
  expect(page.url()).not.toContain(served.token);

  const { local, session } = await storages(page);
  expect(session[TOKEN_KEY]).toBe(served.token);
  expect(Object.values(local).join('\n')).not.toContain(served.token);
});

test('detail pages read the served API and survive a reload', async ({ page, served }) => {
  const networkId = await createNetwork(served, 'Served over HTTP', '');
  await connect(page, served);

  await page.goto('/networks/net-office?tab=routing-peers');
  await expectHeading(page, 'Office');
  const routers = page.getByRole('table', { name: 'Routing peers', exact: true });
  await expect(routers.getByRole('link', { name: 'office-gw' })).toBeVisible();
  // The token lives in sessionStorage, which a reload keeps.
  await page.reload();
  await expectHeading(page, 'Office');
  await expect(routers.getByRole('link', { name: 'office-gw' })).toBeVisible();
  await expect(page.getByRole('link', { name: `Management API: ${new URL(served.url).host} (open Settings)` })).toBeVisible();

  await page.goto(`/networks/${networkId}`);
  await expectHeading(page, 'Served over HTTP');
  await expect(page.getByText('No resources in this network')).toBeVisible();
});

test('"Remember on this device" keeps the token in localStorage; going back to the demo forgets it', async ({ page, served }) => {
  await fillRemoteTarget(page, served.url, served.token);
  await page.getByRole('checkbox', { name: 'Remember on this device' }).check();
  await page.getByRole('button', { name: 'Save' }).click();
  await expect(page.getByRole('status').filter({ hasText: 'Saved' })).toBeVisible();

  let { local, session } = await storages(page);
  expect(local[TOKEN_KEY]).toBe(served.token);
  expect(Object.values(session).join('\n')).not.toContain(served.token);

  await openArea(page, 'Peers');
  await expect(page.getByRole('table', { name: 'Peers', exact: true }).getByRole('link', { name: 'office-gw' })).toBeVisible();

  await openArea(page, 'Settings');
  await page.getByRole('radio', { name: 'Embedded demo control plane' }).check();
  await page.getByRole('button', { name: 'Use the embedded demo' }).click();
  await expect(demoBadge(page)).toBeVisible();
  ({ local, session } = await storages(page));
  expect(Object.values(local).join('\n')).not.toContain(served.token);
  expect(Object.values(session).join('\n')).not.toContain(served.token);
});

test('a wrong token: Test connection says the token was refused (401), and so do the pages', async ({ page, served }) => {
  await fillRemoteTarget(page, served.url, 'nbp_wrong_token');
  await page.getByRole('button', { name: 'Test connection' }).click();
  const refused = page.getByRole('alert').filter({ hasText: 'The token was refused' });
  await expect(refused).toContainText('The management API answered 401');
  await expect(refused).toContainText('token invalid or expired');

  // Saved anyway, every page says the same thing and points to Settings.
  await page.getByRole('button', { name: 'Save' }).click();
  await openArea(page, 'Networks');
  const error = page.getByRole('alert').filter({ hasText: 'The token was refused' });
  await expect(error).toContainText('401');
  await error.getByRole('link', { name: 'Open Settings' }).click();
  await expectHeading(page, 'Settings');
});

test('an unreachable host: Test connection says it cannot be reached', async ({ page }) => {
  const url = await closedPortUrl();
  await fillRemoteTarget(page, url, 'nbp_any_token');
  await page.getByRole('button', { name: 'Test connection' }).click();
  const unreachable = page.getByRole('alert').filter({ hasText: 'The management API could not be reached' });
  await expect(unreachable).toContainText('The host could not be reached.');
  await expect(page.getByRole('status').filter({ hasText: 'Connected' })).toHaveCount(0);
});

test('the form refuses a URL that is not http(s) and an empty token', async ({ page }) => {
  await fillRemoteTarget(page, 'ftp://netbird.example.com', '');
  await page.getByRole('button', { name: 'Test connection' }).click();
  await expect(page.getByText('Enter an http:// or https:// URL, e.g. https://netbird.example.com')).toBeVisible();
  await expect(page.getByText('Enter a personal access token.')).toBeVisible();
  await expect(page.getByLabel('Management API URL')).toHaveAttribute('aria-invalid', 'true');
});
