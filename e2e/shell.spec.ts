import { expect, test } from '@playwright/test';
import { demoBadge, expectHeading, openArea, sidebar } from './support/console';

/** The shell: sidebar, Demo badge, deep links for every area, theme, and unknown addresses. */

const AREAS = [
  ['Networks', '/networks'],
  ['Peers', '/peers'],
  ['Groups', '/groups'],
  ['Policies', '/policies'],
  ['Network routes', '/routes'],
  ['Exit nodes', '/exit-nodes'],
  ['DNS', '/dns'],
  ['Setup keys', '/setup-keys'],
  ['Settings', '/settings'],
] as const;

test('the sidebar lists every area at its own address and marks the current one', async ({ page }) => {
  await page.goto('/');
  // The console opens on Networks.
  await expect(page).toHaveURL(/\/networks$/);
  await expectHeading(page, 'Networks');
  // Later issues add areas (Trace, Simulator…); these are the foundation's, each at its own address.
  for (const [label, path] of AREAS) await expect(sidebar(page).getByRole('link', { name: label, exact: true })).toHaveAttribute('href', path);
  await expect(sidebar(page).getByRole('link', { name: 'Networks' })).toHaveAttribute('aria-current', 'page');

  await openArea(page, 'Exit nodes');
  await expect(page).toHaveURL(/\/exit-nodes$/);
  await expect(page).toHaveTitle('Exit nodes · NetBird Routing Console');
  await expect(sidebar(page).getByRole('link', { name: 'Exit nodes' })).toHaveAttribute('aria-current', 'page');
  await expect(sidebar(page).getByRole('link', { name: 'Networks' })).not.toHaveAttribute('aria-current', 'page');
  await expect(demoBadge(page)).toBeVisible();
});

test('the Demo badge leads to Settings, where the embedded control plane is chosen', async ({ page }) => {
  await page.goto('/peers');
  await expect(demoBadge(page)).toHaveText('Demo');
  await demoBadge(page).click();
  await expectHeading(page, 'Settings');
  await expect(page.getByRole('radio', { name: 'Embedded demo control plane' })).toBeChecked();
  await expect(page.getByText('The account lives in this browser’s storage and survives a reload.')).toBeVisible();
});

test('an address the console does not have shows Page not found', async ({ page }) => {
  await page.goto('/no-such-page');
  await expectHeading(page, 'Page not found');
  await expect(page.getByText('/no-such-page', { exact: true })).toBeVisible();
  await page.getByRole('link', { name: 'Go to Networks' }).click();
  await expectHeading(page, 'Networks');
});

test('the dark theme is applied and kept across a reload', async ({ page }) => {
  await page.emulateMedia({ colorScheme: 'light' });
  await page.goto('/networks');
  const html = page.locator('html');
  await expect(html).not.toHaveClass(/\bdark\b/);
  await page.getByRole('button', { name: 'Theme: System' }).click();
  await page.getByRole('menuitemradio', { name: 'Dark' }).click();
  await expect(html).toHaveClass(/\bdark\b/);
  await expect(page.getByRole('button', { name: 'Theme: Dark' })).toBeVisible();
  await page.reload();
  await expectHeading(page, 'Networks');
  await expect(html).toHaveClass(/\bdark\b/);

  // System follows the operating system's preference.
  await page.getByRole('button', { name: 'Theme: Dark' }).click();
  await page.getByRole('menuitemradio', { name: 'System' }).click();
  await expect(html).not.toHaveClass(/\bdark\b/);
  await page.emulateMedia({ colorScheme: 'dark' });
  await expect(html).toHaveClass(/\bdark\b/);
});

test('a page whose code fails to load says so, and the rest of the console keeps working', async ({ page }) => {
  await page.route(/peer-list-page/, (route) => route.abort('failed'));
  await page.goto('/networks');
  await expectHeading(page, 'Networks');
  await sidebar(page).getByRole('link', { name: 'Peers', exact: true }).click();
  await expect(page.getByRole('heading', { name: 'Something went wrong' })).toBeVisible();
  await expect(page.getByText('This page could not be shown')).toBeVisible();
  // The shell is still there; going elsewhere clears the error.
  await openArea(page, 'Groups');
  await expectHeading(page, 'Groups');
  await expect(page.getByText('This page could not be shown')).toBeHidden();
});

test('a link opens the next page at its top', async ({ page }) => {
  await page.setViewportSize({ width: 1280, height: 360 });
  await page.goto('/policies');
  await expectHeading(page, 'Policies');
  await page.evaluate(() => window.scrollTo(0, document.body.scrollHeight));
  await expect.poll(() => page.evaluate(() => window.scrollY)).toBeGreaterThan(0);
  await sidebar(page).getByRole('link', { name: 'Groups', exact: true }).click();
  await expectHeading(page, 'Groups');
  await expect.poll(() => page.evaluate(() => window.scrollY)).toBe(0);
});

test('while the next page downloads, the current one stays on screen with a progress bar', async ({ page }) => {
  let release: () => void = () => {};
  const held = new Promise<void>((resolve) => (release = resolve));
  await page.route(/peer-list-page/, async (route) => {
    await held;
    await route.continue();
  });
  await page.goto('/networks');
  await expectHeading(page, 'Networks');
  await sidebar(page).getByRole('link', { name: 'Peers', exact: true }).click();
  await expect(page).toHaveURL(/\/peers$/);
  await expect(page.getByRole('progressbar', { name: 'Loading page' })).toBeVisible();
  await expect(page.getByRole('link', { name: 'Datacenter', exact: true })).toBeVisible();
  release();
  await expectHeading(page, 'Peers');
  await expect(page.getByRole('progressbar', { name: 'Loading page' })).toBeHidden();
});
