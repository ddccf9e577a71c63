import { expect, test } from '@playwright/test';
import { writeHostileSnapshot } from './support/hostile-snapshot';
import { startServedApi, type ServedApi } from './support/served-api';

/**
 * Hostile data (issue 9): every free-text field the API returns carries a script or HTML payload
 * (names, descriptions, hostnames, OS strings, DNS labels, route identifiers). The console must
 * render all of it as text: no payload runs (window.__xss stays unset, no injected element exists)
 * and each page shows the payload literally. The account is served by `nbrc serve`, so the data
 * comes in over HTTP exactly as from a real management server.
 */

test.describe.configure({ mode: 'serial', timeout: 120_000 });

let served: ServedApi;

test.beforeAll(async () => {
  served = await startServedApi({ seed: await writeHostileSnapshot() });
});

test.afterAll(async () => {
  await served.stop();
});

const PAGES = [
  '/networks',
  '/networks/net-apps',
  '/networks/net-apps/resources/res-apps-subnet',
  '/networks/net-apps/routers/router-apps-gw',
  '/peers',
  '/peers/peer-apps-gw',
  '/groups',
  '/groups/grp-engineers',
  '/policies',
  '/policies/pol-apps-subnet',
  '/policies/pol-apps-subnet/edit',
  '/routes',
  '/routes/route-branch-lab',
  '/routes/route-branch-lab/edit',
  '/exit-nodes',
  '/exit-nodes/route-exit-eu',
  '/dns',
  '/dns/nameservers/ns-corp',
  '/setup-keys',
  '/setup-keys/key-contractor-laptop',
  '/review',
  '/review/access',
  '/trace?from=peer-alice-mbp&to=10.20.0.10&port=443&proto=tcp',
];

test('payloads in every object type are shown as text and never run', async ({ page }) => {
  await page.addInitScript(
    ([url, token]) => {
      localStorage.setItem('nbrc.target', JSON.stringify({ kind: 'remote', url, remember: false }));
      sessionStorage.setItem('nbrc.token', token);
    },
    [served.url, served.token] as const,
  );
  const dialogs: string[] = [];
  page.on('dialog', (d) => {
    dialogs.push(d.message());
    void d.dismiss();
  });

  for (const path of PAGES) {
    await page.goto(path);
    await expect(page.getByRole('heading', { level: 1 }), path).toBeVisible({ timeout: 30_000 });
    // Wait for the page's data: some text that only the poisoned account has.
    await expect(page.getByText(/<img src=x onerror=|<script>window\.__xss=1<\/script>|"><svg onload=/).first(), `${path} shows a payload as text`).toBeVisible({
      timeout: 30_000,
    });
    expect(await page.evaluate(() => (window as { __xss?: unknown }).__xss), `${path}: a payload ran`).toBeUndefined();
    const injected = (await page.locator('img[src="x"], svg[onload]').count()) + (await page.locator('script', { hasText: '__xss' }).count());
    expect(injected, `${path}: a payload became markup`).toBe(0);
  }
  expect(dialogs).toEqual([]);
});
