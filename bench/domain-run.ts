import { accountCounts, totalObjects } from '@/domain/generate';
import { diffCase, domainCases, makeAccount, type DomainCase } from './domain-cases';
import { collectGarbage, summarize, timeOnce, type Sample } from './measure';
import type { Measurement } from './report';
import { SIM_CASE_ID, simCase } from './sim-case';

/**
 * domain-run: one group of domain cases (lint, trace, matrix, diff or sim) with its own JSON.parse
 * baseline, in one process. Each group runs in a process of its own (run.ts), so every budget is
 * a ratio measured in one run, and one analysis's type feedback in V8 (the trace's strings, say)
 * does not slow another that the app would never run in the same worker.
 */
export const GROUPS = ['lint', 'trace', 'matrix', 'diff', 'sim'] as const;
export type GroupName = (typeof GROUPS)[number];

export const isGroupName = (s: string): s is GroupName => (GROUPS as readonly string[]).includes(s);

export interface GroupResult {
  group: GroupName;
  /** Object counts of the L and XL accounts, for the growth budgets. */
  objects: { L: number; XL: number };
  measurements: Measurement[];
}

const progress = (text: string) => process.stderr.write(`${text}\n`);

export function runGroup(group: GroupName, runs: number, warmup: number): GroupResult {
  // the simulator's case brings its own 1,000-client account (sim-case.ts) and has no growth budget
  const sim = group === 'sim';
  progress(`${group}: generating the ${sim ? 'XL and the 1,000-client accounts' : 'L and XL accounts'}...`);
  const xl = makeAccount('XL');
  const l = sim ? null : makeAccount('L');
  const all: DomainCase[] = [...domainCases(xl), diffCase(xl), ...(l === null ? [] : domainCases(l)), ...(sim ? [simCase()] : [])];
  // the group's case and its baseline on XL, and on L for the growth budgets (the diff has none)
  const wanted = new Set([`parse-XL`, sim ? SIM_CASE_ID : `${group}-XL`, ...(group === 'diff' || sim ? [] : ['parse-L', `${group}-L`])]);
  const cases = all.filter((c) => wanted.has(c.id));

  // The analyses are JavaScript that V8 compiles to optimized code only after a dozen calls or so
  // (each runs once per lint or matrix); JSON.parse is native code. Budgets compare steady states:
  // `warmup` untimed rounds on the L account (same code paths, a quarter of the time), then one on XL.
  const onL = cases.filter((c) => c.id.endsWith('-L'));
  const warmups = [...Array.from({ length: warmup }, () => (onL.length > 0 ? onL : cases)), cases];
  warmups.forEach((round, i) => {
    progress(`${group}: warm-up ${i + 1}/${warmups.length}`);
    for (const c of round) timeOnce(() => c.setup(), (input) => c.run(input));
  });
  // round-robin, so a burst of load on a shared machine hits the case and its baseline alike
  const samples = new Map<string, Sample[]>(cases.map((c) => [c.id, []]));
  for (let round = 1; round <= runs; round++) {
    progress(`${group}: round ${round}/${runs}`);
    for (const c of cases) samples.get(c.id)?.push(timeOnce(() => c.setup(), (input) => c.run(input)));
  }
  collectGarbage();
  const measurements = cases.map((c) => {
    const list = samples.get(c.id) ?? [];
    return { id: `${group}:${c.id}`, label: c.label, wall: summarize(list.map((x) => x.wall)), cpu: summarize(list.map((x) => x.cpu)) };
  });
  return { group, objects: { L: l?.objects ?? totalObjects(accountCounts('L')), XL: xl.objects }, measurements };
}
