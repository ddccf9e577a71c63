import { cpus, release, totalmem, type as osType } from 'node:os';
import type { BudgetResult } from './budgets';
import type { Stat } from './measure';

/** report: the bench's table (for people and the README) and its JSON (for tools). */
export interface Machine {
  cpu: string;
  cores: number;
  memoryGb: number;
  os: string;
  node: string;
}

export function machine(): Machine {
  const cpu = cpus()[0]?.model.trim() ?? 'unknown CPU';
  return { cpu, cores: cpus().length, memoryGb: Math.round(totalmem() / 1e9), os: `${osType()} ${release()}`, node: process.version };
}

export const machineLine = (m: Machine): string => `${m.cpu}, ${m.cores} cores, ${m.memoryGb} GB RAM, ${m.os}, Node ${m.node}`;

export interface Measurement {
  id: string;
  label: string;
  /** Wall-clock time, which the budgets compare. */
  wall: Stat;
  /** CPU time of the process (all threads), for reference. */
  cpu: Stat;
}

const ms = (n: number) => n.toFixed(1);

function formatValue(b: BudgetResult): string {
  if (b.value === null) return '-';
  return b.unit === 'kB' ? `${b.value.toFixed(1)} kB` : `${b.value.toFixed(2)} ×`;
}

const formatLimit = (b: BudgetResult) => (b.unit === 'kB' ? `≤ ${b.limit} kB` : `≤ ${b.limit.toFixed(2)} ×`);
const verdict = (b: BudgetResult) => (b.pass === null ? 'pending' : b.pass ? 'pass' : 'FAIL');

/** markdownTable: measurements, then budgets, as Markdown tables (the README's Performance section). */
export function markdownReport(m: Machine, runs: number, measurements: readonly Measurement[], budgets: readonly BudgetResult[]): string {
  const lines = [
    `Machine: ${machineLine(m)}. ${runs} runs per case after warm-up; wall-clock ms (what the budgets compare), process CPU ms for reference.`,
    '',
    '| case | median | min | max | CPU median |',
    '|---|---:|---:|---:|---:|',
    ...measurements.map((x) => `| ${x.label} | ${ms(x.wall.median)} | ${ms(x.wall.min)} | ${ms(x.wall.max)} | ${ms(x.cpu.median)} |`),
    '',
    '| budget | measured | limit | result | how |',
    '|---|---:|---:|---|---|',
    ...budgets.map((b) => `| ${b.what} | ${formatValue(b)} | ${formatLimit(b)} | ${verdict(b)} | ${b.detail} |`),
  ];
  return `${lines.join('\n')}\n`;
}

export function jsonReport(m: Machine, runs: number, measurements: readonly Measurement[], budgets: readonly BudgetResult[]): string {
  return `${JSON.stringify(
    {
      machine: m,
      runs,
      measurements: measurements.map((x) => ({ id: x.id, label: x.label, unit: 'ms', cpu: x.cpu, wall: x.wall })),
      budgets,
      pass: budgets.every((b) => b.pass !== false),
    },
    null,
    2,
  )}\n`;
}
