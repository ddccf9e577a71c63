/**
 * measure: repeated timings and their summary. Machines are noisy (and these are shared), so
 * every case is run several times and summarised by its median; budgets compare medians taken in
 * the same run, so a slow machine slows the baseline too. Each run records wall-clock time, which
 * the budgets compare (what a person waits for, with V8's parallel garbage collector doing its
 * part), and the process's CPU time (user + system, garbage collector threads included), which
 * shows when a run was disturbed: on a busy machine wall-clock time also counts waiting for a core.
 */
export interface Stat {
  runs: number;
  median: number;
  min: number;
  max: number;
}

export function summarize(samples: readonly number[]): Stat {
  if (samples.length === 0) throw new Error('no samples');
  const sorted = [...samples].sort((a, b) => a - b);
  const mid = Math.floor(sorted.length / 2);
  const median = sorted.length % 2 === 1 ? (sorted[mid] as number) : ((sorted[mid - 1] as number) + (sorted[mid] as number)) / 2;
  return { runs: sorted.length, median, min: sorted[0] as number, max: sorted[sorted.length - 1] as number };
}

const gc = (globalThis as { gc?: () => void }).gc;

/** collectGarbage: run with `node --expose-gc` so one case's garbage is not collected inside the next case's timing. */
export function collectGarbage(): void {
  gc?.();
}

export interface Sample {
  wall: number;
  cpu: number;
}

const cpuMs = (): number => {
  const u = process.cpuUsage();
  return (u.user + u.system) / 1000;
};

/** timeOnce: the milliseconds `fn` takes, after `setup` (untimed) prepared its input. */
export function timeOnce<T>(setup: () => T, fn: (input: T) => unknown): Sample {
  const input = setup();
  collectGarbage();
  const cpu = cpuMs();
  const start = performance.now();
  fn(input);
  const wall = performance.now() - start;
  return { wall, cpu: cpuMs() - cpu };
}
