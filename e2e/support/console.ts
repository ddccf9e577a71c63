import { expect, type Locator, type Page } from '@playwright/test';

/**
 * Helpers that read the console the way a user does: by the sidebar, the page's one <h1> and the
 * labels of its description lists. Specs stay about what the user sees, not about the DOM.
 */

/** The sidebar on desktop widths (the header's menu button opens the same list on small screens). */
export function sidebar(page: Page): Locator {
  return page.getByRole('navigation', { name: 'Main' });
}

/** Opens an area from the sidebar and waits for its heading. */
export async function openArea(page: Page, label: string, heading: string = label): Promise<void> {
  await sidebar(page).getByRole('link', { name: label, exact: true }).click();
  await expectHeading(page, heading);
}

/** The page's <h1>; every page has exactly one (PageHeader). */
export function pageHeading(page: Page): Locator {
  return page.getByRole('heading', { level: 1 });
}

/**
 * expectHeading: waits for a page to be there. Detail pages show their object's name once its data
 * arrived, so this is where a test waits for the page's code and queries; on a busy CI machine that
 * takes longer than a single assertion should, hence the longer timeout here only.
 */
export async function expectHeading(page: Page, name: string): Promise<void> {
  await expect(pageHeading(page)).toHaveText(name, { timeout: 15_000 });
}

/**
 * The value of a field in a description list (<dt>label</dt><dd>value</dd>, KeyValueList). `scope`
 * narrows it to one card when a page shows the same label twice.
 */
export function field(scope: Page | Locator, label: string): Locator {
  return scope.locator(`dt:text-is("${label}") + dd`);
}

/** The Demo badge of the header: shown whenever the embedded control plane is the target. */
export function demoBadge(page: Page): Locator {
  return page.getByRole('link', { name: /^Demo: embedded control plane/ });
}

/** The row of a table whose link is named exactly `name` (a row is found by what it links to). */
export function rowOf(table: Locator, name: string): Locator {
  return table.getByRole('row').filter({ has: table.page().getByRole('link', { name, exact: true }) });
}

/** SLOW_LOAD: for the first look at a lazily loaded page on a busy machine. */
export const SLOW_LOAD = { timeout: 30_000 };

/** expectPageHeading: the page's <h1>, allowing for a lazily loaded page on a busy machine. */
export async function expectPageHeading(page: Page, heading: string): Promise<void> {
  await expect(pageHeading(page)).toHaveText(heading, SLOW_LOAD);
}

/** openPage: goes to a URL and waits for the page's heading. */
export async function openPage(page: Page, url: string, heading: string): Promise<void> {
  await page.goto(url);
  await expectPageHeading(page, heading);
}
