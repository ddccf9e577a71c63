import type { Stat } from './measure';
import type { FirstLoad } from './first-load';

/**
 * budgets: issue 8's performance budgets, each a ratio measured in one run (or a size), with its
 * limit and verdict. A budget whose measurement is not built yet is listed as pending (no
 * verdict) so the table shows what is still missing rather than hiding it.
 */
export interface BudgetResult {
  id: string;
  what: string;
  /** The ratio (or kB for the bundle); null while pending. */
  value: number | null;
  limit: number;
  unit: 'ratio' | 'kB';
  pass: boolean | null;
  detail: string;
}

/** NetBird's dashboard downloads 627 kB of gzip JavaScript for its /peers landing (issue 8's measurement). */
export const NETBIRD_DASHBOARD_KB = 627;
export const FIRST_LOAD_LIMIT_KB = 150;

const ratio = (id: string, what: string, num: Stat | undefined, den: Stat | undefined, limit: number, detail: string): BudgetResult => {
  if (num === undefined || den === undefined) return pending(id, what, limit, 'ratio', 'not measured in this run');
  const value = num.median / den.median;
  return { id, what, value, limit, unit: 'ratio', pass: value <= limit, detail };
};

export function pending(id: string, what: string, limit: number, unit: BudgetResult['unit'], detail: string): BudgetResult {
  return { id, what, value: null, limit, unit, pass: null, detail };
}

export interface BudgetInputs {
  stats: ReadonlyMap<string, Stat>;
  /** Object counts of the L and XL accounts, for the growth budgets. */
  objects: { L: number; XL: number };
  firstLoad: FirstLoad | null;
}

export function evaluateBudgets({ stats, objects, firstLoad }: BudgetInputs): BudgetResult[] {
  // each group ran with its own JSON.parse baseline: a ratio never mixes two processes
  const s = (group: string, id: string) => stats.get(`${group}:${id}`);
  const out: BudgetResult[] = [];
  if (firstLoad === null) {
    out.push(pending('first-load', 'first-load JS of the landing page, gzip', FIRST_LOAD_LIMIT_KB, 'kB', 'skipped (--skip-first-load)'));
  } else {
    const kb = firstLoad.gzipBytes / 1000;
    out.push({
      id: 'first-load',
      what: 'first-load JS of the landing page, gzip',
      value: kb,
      limit: FIRST_LOAD_LIMIT_KB,
      unit: 'kB',
      pass: kb <= FIRST_LOAD_LIMIT_KB,
      detail:
        `${firstLoad.files.length} scripts for ${firstLoad.landedOn} against a management API; ${(kb / NETBIRD_DASHBOARD_KB).toFixed(2)} × NetBird's dashboard (${NETBIRD_DASHBOARD_KB} kB), budget 0.25 ×; ` +
        `demo mode adds the embedded control plane: ${(firstLoad.embedded.gzipBytes / 1000).toFixed(1)} kB`,
    });
  }
  out.push(ratio('lint', 'lint on XL / parse XL', s('lint', 'lint-XL'), s('lint', 'parse-XL'), 1.0, 'lintAccount on the parsed snapshot, indexing included'));
  out.push(ratio('trace', '1,000 random traces on XL / parse XL', s('trace', 'trace-XL'), s('trace', 'parse-XL'), 1.0, 'after one-time indexing (buildAccountIndex + prepareTrace)'));
  out.push(ratio('matrix', 'full access matrix on XL / parse XL', s('matrix', 'matrix-XL'), s('matrix', 'parse-XL'), 3.0, 'groups × resources, indexing included'));
  out.push(ratio('diff', 'access diff, one policy edit on XL / parse XL', s('diff', 'diff-XL'), s('diff', 'parse-XL'), 0.1, "the draft's index derived from the account's (deriveAccountIndex) + accessDiff"));
  const objectRatio = objects.XL / objects.L;
  for (const name of ['lint', 'trace', 'matrix'] as const) {
    const xl = s(name, `${name}-XL`);
    const l = s(name, `${name}-L`);
    if (xl === undefined || l === undefined) {
      out.push(pending(`growth-${name}`, `growth of ${name} L → XL / object-count ratio`, 1.2, 'ratio', 'not measured in this run'));
      continue;
    }
    const value = xl.median / l.median / objectRatio;
    out.push({
      id: `growth-${name}`,
      what: `growth of ${name} L → XL / object-count ratio`,
      value,
      limit: 1.2,
      unit: 'ratio',
      pass: value <= 1.2,
      detail: `time ×${(xl.median / l.median).toFixed(2)} for ×${objectRatio.toFixed(2)} objects`,
    });
  }
  out.push(ratio('simulator', 'simulator, 1,000 clients × 1 simulated hour / parse XL', s('sim', 'sim-1k'), s('sim', 'parse-XL'), 5.0, 'runSimulation, indexing included: XL scaled to 1,000 peers, failovers, drift, relay, metric and policy changes (bench/sim-case.ts)'));
  out.push(ratio('review-page', 'Review page of XL in Chromium / Peers page of S', s('review-page', 'review-XL'), s('review-page', 'peers-S'), 10, 'navigation → findings visible / → rows visible, `nbrc serve --token`, fresh context each run'));
  return out;
}
