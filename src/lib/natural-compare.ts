/**
 * naturalCompare: "peer-2" before "peer-10", ignoring case: the order the console's DataTables
 * sort text columns in (TanStack Table's `alphanumeric` sorting), for lists that sort without
 * TanStack's row models. Runs of digits compare as numbers, other runs as text; where a number
 * meets text, the text comes first (TanStack's rule, kept so every list of the console agrees).
 *
 * It splits both strings on every call: sort distinct values with it, not hundreds of thousands
 * of rows (see matrix-sort for the access matrix).
 */
export function naturalCompare(a: string, b: string): number {
  return compareRuns(naturalRuns(a), naturalRuns(b));
}

const DIGIT_RUNS = /([0-9]+)/;

/** naturalRuns: the lower-cased digit and text runs naturalCompare reads, for callers that keep them. */
export function naturalRuns(value: string): string[] {
  return value
    .toLowerCase()
    .split(DIGIT_RUNS)
    .filter((run) => run !== '');
}

/** compareRuns: naturalCompare on runs split once (naturalRuns). */
export function compareRuns(a: readonly string[], b: readonly string[]): number {
  const n = Math.min(a.length, b.length);
  for (let i = 0; i < n; i++) {
    const x = a[i] as string;
    const y = b[i] as string;
    const xn = Number.parseInt(x, 10);
    const yn = Number.parseInt(y, 10);
    const xText = Number.isNaN(xn);
    const yText = Number.isNaN(yn);
    if (xText && yText) {
      if (x !== y) return x > y ? 1 : -1;
    } else if (xText !== yText) {
      return xText ? -1 : 1;
    } else if (xn !== yn) {
      return xn > yn ? 1 : -1;
    }
  }
  return a.length - b.length;
}
