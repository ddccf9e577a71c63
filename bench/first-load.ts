import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { gzipSync } from 'node:zlib';
import { chromium } from '@playwright/test';
import { serveStatic } from './static-server';

/**
 * first-load: the gzip size of the JavaScript a browser downloads to show the landing page. The
 * production build goes to a temporary folder (dist/ is left alone), is served locally, and
 * Debian's Chromium opens "/" (which lands on /networks) and waits until the network is idle;
 * every script it fetched (entry, modulepreloads, the lazy page chunk, the embedded control plane)
 * is counted, each file gzipped at the default level as a static host would serve it.
 */
export interface FirstLoad {
  gzipBytes: number;
  rawBytes: number;
  files: { path: string; raw: number; gzip: number }[];
  landedOn: string;
}

const ROOT = fileURLToPath(new URL('..', import.meta.url));

function build(outDir: string): void {
  const vite = join(ROOT, 'node_modules', 'vite', 'bin', 'vite.js');
  const r = spawnSync(process.execPath, [vite, 'build', '--outDir', outDir, '--emptyOutDir', '--logLevel', 'warn'], { cwd: ROOT, encoding: 'utf8' });
  if (r.status !== 0) throw new Error(`vite build failed:\n${r.stdout}\n${r.stderr}`);
}

export async function measureFirstLoad(): Promise<FirstLoad> {
  const outDir = mkdtempSync(join(tmpdir(), 'nbrc-bench-dist-'));
  try {
    build(outDir);
    const server = await serveStatic(outDir);
    const browser = await chromium.launch({
      executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
      args: ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--no-first-run'],
    });
    try {
      const context = await browser.newContext();
      const scripts = new Set<string>();
      context.on('response', (response) => {
        const url = new URL(response.url());
        if (url.origin === server.url && url.pathname.endsWith('.js')) scripts.add(url.pathname);
      });
      const page = await context.newPage();
      await page.goto(`${server.url}/`, { waitUntil: 'networkidle' });
      await page.getByRole('heading', { level: 1 }).first().waitFor();
      await page.waitForLoadState('networkidle');
      const landedOn = new URL(page.url()).pathname;
      const files = [...scripts].sort().map((path) => {
        const bytes = readFileSync(join(outDir, path));
        return { path, raw: bytes.length, gzip: gzipSync(bytes).length };
      });
      if (files.length === 0) throw new Error('the landing page loaded no JavaScript from the build');
      return { gzipBytes: files.reduce((s, f) => s + f.gzip, 0), rawBytes: files.reduce((s, f) => s + f.raw, 0), files, landedOn };
    } finally {
      await browser.close();
      await server.close();
    }
  } finally {
    rmSync(outDir, { recursive: true, force: true });
  }
}
