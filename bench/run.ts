import { spawnSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import { runBrowserCases } from './browser-cases';
import { evaluateBudgets } from './budgets';
import { GROUPS, isGroupName, runGroup, type GroupName, type GroupResult } from './domain-run';
import type { Stat } from './measure';
import { jsonReport, machine, markdownReport, type Measurement } from './report';

/**
 * `npm run bench [-- --json] [--runs N] [--warmup N] [--groups lint,trace,matrix,diff,sim] [--skip-first-load] [--skip-review-page]`:
 * issue 8's performance budgets. Each group of domain cases runs in a process of its own
 * (domain-run.ts): it generates the L and XL accounts, warms up (20 rounds on L, one on XL), then
 * times the case and JSON.parse of the same account round-robin `runs` times. Then the app is
 * built once and, in Chromium, the landing page's JavaScript measured and the Review page of XL
 * timed against the Peers page of S (review-page.ts; `--groups=` runs only the Chromium cases).
 * Prints the measurements and each budget's verdict; exit 1 when a budget fails, 2 on bad usage.
 */
const USAGE = 'Usage: npm run bench -- [--json] [--runs N] [--warmup N] [--groups lint,trace,matrix,diff,sim] [--skip-first-load] [--skip-review-page]\n';

interface Options {
  json: boolean;
  runs: number;
  warmup: number;
  groups: GroupName[];
  firstLoad: boolean;
  reviewPage: boolean;
  /** Internal: run one group in this process and print its result as JSON. */
  group: GroupName | null;
}

function options(): Options | null {
  try {
    const { values } = parseArgs({
      args: process.argv.slice(2),
      strict: true,
      options: {
        json: { type: 'boolean' },
        runs: { type: 'string' },
        warmup: { type: 'string' },
        groups: { type: 'string' },
        group: { type: 'string' },
        'skip-first-load': { type: 'boolean' },
        'skip-review-page': { type: 'boolean' },
        help: { type: 'boolean', short: 'h' },
      },
    });
    if (values.help === true) {
      process.stdout.write(USAGE);
      process.exit(0);
    }
    const runs = Number(values.runs ?? 7);
    if (!Number.isInteger(runs) || runs < 1) throw new Error(`--runs must be a positive integer, got ${values.runs}`);
    const warmup = Number(values.warmup ?? 20);
    if (!Number.isInteger(warmup) || warmup < 0) throw new Error(`--warmup must be 0 or more, got ${values.warmup}`);
    const groups = values.groups === undefined ? [...GROUPS] : values.groups.split(',').filter((g) => g !== '');
    for (const g of [...groups, ...(values.group === undefined ? [] : [values.group])]) {
      if (!isGroupName(g)) throw new Error(`unknown group "${g}" (groups: ${GROUPS.join(', ')})`);
    }
    return {
      json: values.json === true,
      runs,
      warmup,
      groups: groups.filter(isGroupName),
      firstLoad: values['skip-first-load'] !== true,
      reviewPage: values['skip-review-page'] !== true,
      group: values.group !== undefined && isGroupName(values.group) ? values.group : null,
    };
  } catch (e) {
    process.stderr.write(`bench: ${e instanceof Error ? e.message : String(e)}\n${USAGE}`);
    return null;
  }
}

/** inChild: one group in a fresh Node process (same flags), its result read from stdout. */
function inChild(group: GroupName, opts: Options): GroupResult {
  const entry = fileURLToPath(new URL('./bench.mjs', import.meta.url));
  const r = spawnSync(process.execPath, [...process.execArgv, entry, '--group', group, '--runs', String(opts.runs), '--warmup', String(opts.warmup)], {
    stdio: ['ignore', 'pipe', 'inherit'],
    encoding: 'utf8',
    maxBuffer: 16 * 1024 * 1024,
  });
  if (r.status !== 0) throw new Error(`bench group ${group} failed (exit ${r.status ?? r.signal})`);
  return JSON.parse(r.stdout) as GroupResult;
}

async function main(): Promise<number> {
  const opts = options();
  if (opts === null) return 2;
  if (opts.group !== null) {
    process.stdout.write(JSON.stringify(runGroup(opts.group, opts.runs, opts.warmup)));
    return 0;
  }
  if ((globalThis as { gc?: unknown }).gc === undefined) process.stderr.write('note: run with node --expose-gc (npm run bench does) for steadier timings\n');
  const results = opts.groups.map((g) => inChild(g, opts));
  const measurements: Measurement[] = results.flatMap((r) => r.measurements.map((m) => ({ ...m, label: `${m.label} (${r.group} run)` })));
  const browser = await runBrowserCases({ firstLoad: opts.firstLoad, reviewPage: opts.reviewPage, runs: opts.runs, warmup: opts.warmup });
  const firstLoad = browser.firstLoad;
  measurements.push(...browser.measurements);
  // budgets compare wall-clock time (see measure.ts); CPU time is reported alongside
  const stats = new Map<string, Stat>(measurements.map((m) => [m.id, m.wall]));
  const objects = results[0]?.objects ?? { L: 1, XL: 1 };
  const budgets = evaluateBudgets({ stats, objects, firstLoad });
  const m = machine();
  process.stdout.write(opts.json ? jsonReport(m, opts.runs, measurements, budgets) : markdownReport(m, opts.runs, measurements, budgets));
  return budgets.some((b) => b.pass === false) ? 1 : 0;
}

process.exitCode = await main();
