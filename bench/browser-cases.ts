import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { buildApp, measureFirstLoad, type FirstLoad } from './first-load';
import type { Measurement } from './report';
import { measureReviewPage } from './review-page';

/**
 * browser-cases: the bench's cases in Chromium (first-load size, the Review page budget) on one
 * production build, made once into a temporary folder and removed afterwards.
 */
export interface BrowserCases {
  firstLoad: boolean;
  reviewPage: boolean;
  runs: number;
  /** Untimed rounds before the timed ones; a browser round takes seconds, so at most one is used. */
  warmup: number;
}

export async function runBrowserCases(opts: BrowserCases): Promise<{ firstLoad: FirstLoad | null; measurements: Measurement[] }> {
  if (!opts.firstLoad && !opts.reviewPage) return { firstLoad: null, measurements: [] };
  process.stderr.write('building the app for the Chromium cases...\n');
  const dist = mkdtempSync(join(tmpdir(), 'nbrc-bench-dist-'));
  try {
    buildApp(dist);
    const firstLoad = opts.firstLoad ? await measureFirstLoad(dist) : null;
    const measurements = opts.reviewPage ? await measureReviewPage(dist, opts.runs, Math.min(opts.warmup, 1)) : [];
    return { firstLoad, measurements };
  } finally {
    rmSync(dist, { recursive: true, force: true });
  }
}
