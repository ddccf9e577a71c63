import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { gzipSync } from 'node:zlib';
import { chromium } from '@playwright/test';
import { pointConsoleAt } from '../e2e/support/console-target';
import { startServedApi } from '../e2e/support/served-api';
import { serveStatic } from './static-server';

/**
 * first-load: the gzip size of the JavaScript a browser downloads to show the landing page. The
 * production build goes to a temporary folder (dist/ is left alone), is served locally, and
 * Debian's Chromium opens "/" (which lands on /networks) and waits until the network is idle;
 * every script it fetched (entry, modulepreloads, the lazy page chunk) is counted, each file
 * gzipped at the default level as a static host would serve it.
 *
 * Two loads: the console pointed at a management API (`nbrc serve`, token on), which is how
 * NetBird's dashboard was measured (against its server) and what the budget compares; and the
 * demo mode, whose page also carries the embedded control plane (the server's half: handlers,
 * validation, the demo seed), reported beside it.
 */
export interface PageLoad {
  gzipBytes: number;
  rawBytes: number;
  files: { path: string; raw: number; gzip: number }[];
  landedOn: string;
}

export interface FirstLoad extends PageLoad {
  /** The same landing page in demo mode (embedded control plane). */
  embedded: PageLoad;
}

const ROOT = fileURLToPath(new URL('..', import.meta.url));

/** buildApp: the production build into `outDir` (dist/ is left alone). */
export function buildApp(outDir: string): void {
  const vite = join(ROOT, 'node_modules', 'vite', 'bin', 'vite.js');
  const r = spawnSync(process.execPath, [vite, 'build', '--outDir', outDir, '--emptyOutDir', '--logLevel', 'warn'], { cwd: ROOT, encoding: 'utf8' });
  if (r.status !== 0) throw new Error(`vite build failed:\n${r.stdout}\n${r.stderr}`);
}

type Browser = Awaited<ReturnType<typeof chromium.launch>>;

/** loadLanding: a fresh context opens "/", waits for the page's heading and an idle network, and sums the scripts. */
async function loadLanding(browser: Browser, origin: string, outDir: string, api: { url: string; token: string } | null): Promise<PageLoad> {
  const context = await browser.newContext();
  try {
    if (api !== null) await pointConsoleAt(context, api);
    const scripts = new Set<string>();
    context.on('response', (response) => {
      const url = new URL(response.url());
      if (url.origin === origin && url.pathname.endsWith('.js')) scripts.add(url.pathname);
    });
    const page = await context.newPage();
    await page.goto(`${origin}/`, { waitUntil: 'networkidle' });
    // the list itself, not only the heading: the page has its data
    await page.getByRole('link', { name: 'Datacenter', exact: true }).first().waitFor();
    await page.waitForLoadState('networkidle');
    const landedOn = new URL(page.url()).pathname;
    const files = [...scripts].sort().map((path) => {
      const bytes = readFileSync(join(outDir, path));
      return { path, raw: bytes.length, gzip: gzipSync(bytes).length };
    });
    if (files.length === 0) throw new Error('the landing page loaded no JavaScript from the build');
    return { gzipBytes: files.reduce((s, f) => s + f.gzip, 0), rawBytes: files.reduce((s, f) => s + f.raw, 0), files, landedOn };
  } finally {
    await context.close();
  }
}

/** measureFirstLoad: on the build in `builtDir` when given (shared with other browser cases), else on a build of its own. */
export async function measureFirstLoad(builtDir?: string): Promise<FirstLoad> {
  const outDir = builtDir ?? mkdtempSync(join(tmpdir(), 'nbrc-bench-dist-'));
  try {
    if (builtDir === undefined) buildApp(outDir);
    const server = await serveStatic(outDir);
    const api = await startServedApi({ seed: 'demo' });
    const browser = await chromium.launch({
      executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
      args: ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--no-first-run'],
    });
    try {
      const remote = await loadLanding(browser, server.url, outDir, api);
      const embedded = await loadLanding(browser, server.url, outDir, null);
      return { ...remote, embedded };
    } finally {
      await browser.close();
      await api.stop();
      await server.close();
    }
  } finally {
    if (builtDir === undefined) rmSync(outDir, { recursive: true, force: true });
  }
}
