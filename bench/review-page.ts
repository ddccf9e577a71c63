import { chromium, type Browser, type Locator, type Page } from '@playwright/test';
import { pointConsoleAt } from '../e2e/support/console-target';
import { generateAccountFile, type AccountSize, type GeneratedAccount } from '../e2e/support/generated-account';
import { startServedApi, type ServedApi } from '../e2e/support/served-api';
import { summarize, type Sample } from './measure';
import type { Measurement } from './report';
import { serveStatic } from './static-server';

/**
 * review-page: issue 8's browser budget. The production build is served locally, the S and XL
 * accounts by `nbrc serve` with a token (as a real server would), and Debian's Chromium opens a
 * page of the console pointed at one of them: navigation → the page shows its data. The Review
 * page of XL (findings visible: fetching the whole account, its analysis, the first findings
 * drawn) is compared with the Peers page of S (its table's rows visible). Each run is a fresh
 * context (no cache, no storage) in the same browser; one untimed warm-up round (it also fills
 * the servers' read caches, as a console's first visit does in daily use; its times are printed),
 * then `runs` rounds taking the cases in turn, so a burst of load on a shared machine hits both alike.
 * Wall-clock time is what the budget compares; the page's main-thread busy time (Chromium's
 * TaskDuration) is reported as its CPU time.
 */
export const REVIEW_PAGE_GROUP = 'review-page';

interface PageCase {
  id: string;
  label: string;
  size: AccountSize;
  path: string;
  /** The first thing a person would call "the page's data", by role as they read it. */
  shown(page: Page): Locator;
}

const CASES: readonly PageCase[] = [
  {
    id: 'peers-S',
    label: 'Peers page of S in Chromium, navigation → rows visible',
    size: 'S',
    path: '/peers',
    shown: (page) => page.getByRole('table', { name: 'Peers', exact: true }).getByRole('row').nth(1),
  },
  {
    id: 'review-XL',
    label: 'Review page of XL in Chromium, navigation → findings visible',
    size: 'XL',
    path: '/review',
    shown: (page) => page.getByRole('list', { name: /^Findings by/ }).getByRole('article').first(),
  },
];

/** A page that shows nothing after this long is broken, not slow: the bench stops with an error. */
const SHOWN_TIMEOUT_MS = 180_000;

const progress = (text: string) => process.stderr.write(`${text}\n`);

/** timePage: one navigation in a fresh context, until the case's data is visible. */
async function timePage(browser: Browser, appUrl: string, api: ServedApi, c: PageCase): Promise<Sample> {
  const context = await browser.newContext();
  try {
    await pointConsoleAt(context, api);
    const page = await context.newPage();
    const cdp = await context.newCDPSession(page);
    await cdp.send('Performance.enable');
    const start = performance.now();
    await page.goto(`${appUrl}${c.path}`, { waitUntil: 'commit' });
    await c.shown(page).waitFor({ state: 'visible', timeout: SHOWN_TIMEOUT_MS });
    const wall = performance.now() - start;
    const { metrics } = await cdp.send('Performance.getMetrics');
    const taskSeconds = metrics.find((m) => m.name === 'TaskDuration')?.value ?? Number.NaN;
    return { wall, cpu: taskSeconds * 1000 };
  } finally {
    await context.close();
  }
}

/**
 * measureReviewPage: the two cases on the build in `distDir`; `warmup` untimed rounds (the bench
 * passes at most one: a browser round takes seconds) before `runs` timed rounds.
 */
export async function measureReviewPage(distDir: string, runs: number, warmup: number): Promise<Measurement[]> {
  progress(`${REVIEW_PAGE_GROUP}: generating the S and XL accounts and serving them...`);
  const accounts: GeneratedAccount[] = [];
  const apis = new Map<string, ServedApi>();
  const app = await serveStatic(distDir);
  let browser: Browser | null = null;
  try {
    for (const c of CASES) {
      const account = await generateAccountFile(c.size);
      accounts.push(account);
      apis.set(c.id, await startServedApi({ seed: account.path }));
    }
    browser = await chromium.launch({
      executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
      args: ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--no-first-run'],
    });
    const samples = new Map<string, Sample[]>(CASES.map((c) => [c.id, []]));
    for (let round = 1 - warmup; round <= runs; round++) {
      progress(round < 1 ? `${REVIEW_PAGE_GROUP}: warm-up` : `${REVIEW_PAGE_GROUP}: round ${round}/${runs}`);
      for (const c of CASES) {
        const api = apis.get(c.id);
        if (api === undefined) throw new Error(`no served account for ${c.id}`);
        const sample = await timePage(browser, app.url, api, c);
        if (round >= 1) samples.get(c.id)?.push(sample);
        // the first visit also fills nbrc serve's read cache (later ones are answered from it): worth seeing
        else progress(`${REVIEW_PAGE_GROUP}: warm-up ${c.id} ${(sample.wall / 1000).toFixed(1)} s (server read cache cold)`);
      }
    }
    return CASES.map((c) => {
      const list = samples.get(c.id) ?? [];
      return { id: `${REVIEW_PAGE_GROUP}:${c.id}`, label: c.label, wall: summarize(list.map((s) => s.wall)), cpu: summarize(list.map((s) => s.cpu)) };
    });
  } finally {
    await browser?.close();
    await Promise.all([...apis.values()].map((a) => a.stop()));
    await Promise.all(accounts.map((a) => a.remove()));
    await app.close();
  }
}
