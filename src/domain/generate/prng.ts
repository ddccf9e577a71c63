/**
 * prng: a small seeded pseudo-random generator (mulberry32) with the draws the account generator
 * needs. Math.random cannot be seeded, and a benchmark account must be the same on every machine
 * and every run, so that a slow run is the code's fault, not the data's.
 */
export interface Rng {
  /** A float in [0, 1). */
  next(): number;
  /** An integer in [lo, hi], both ends included. */
  int(lo: number, hi: number): number;
  /** True with probability p. */
  chance(p: number): boolean;
  pick<T>(items: readonly T[]): T;
  /** One item, chosen with probability proportional to its weight. */
  weighted<T>(entries: readonly (readonly [T, number])[]): T;
  /** k distinct items in random order (all of them when k ≥ items.length). */
  sample<T>(items: readonly T[], k: number): T[];
}

export function createRng(seed: number): Rng {
  let state = seed >>> 0;
  const next = (): number => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
  const int = (lo: number, hi: number): number => lo + Math.floor(next() * (hi - lo + 1));
  return {
    next,
    int,
    chance: (p) => next() < p,
    pick<T>(items: readonly T[]): T {
      if (items.length === 0) throw new Error('pick from an empty list');
      return items[Math.floor(next() * items.length)] as T;
    },
    weighted<T>(entries: readonly (readonly [T, number])[]): T {
      const total = entries.reduce((s, [, w]) => s + w, 0);
      let x = next() * total;
      for (const [item, w] of entries) {
        x -= w;
        if (x < 0) return item;
      }
      const last = entries[entries.length - 1];
      if (last === undefined) throw new Error('weighted pick from an empty list');
      return last[0];
    },
    sample<T>(items: readonly T[], k: number): T[] {
      const copy = [...items];
      const n = Math.min(k, copy.length);
      // partial Fisher-Yates: only the first n positions are shuffled
      for (let i = 0; i < n; i++) {
        const j = int(i, copy.length - 1);
        const tmp = copy[i] as T;
        copy[i] = copy[j] as T;
        copy[j] = tmp;
      }
      return copy.slice(0, n);
    },
  };
}

/**
 * spread: `total` split over `buckets` counts, each at least `min`, the rest dealt out at random
 * (so a network has about total/buckets resources, some more, some fewer, and the sum is exact).
 */
export function spread(rng: Rng, total: number, buckets: number, min: number): number[] {
  const counts = Array.from({ length: buckets }, () => min);
  for (let left = total - min * buckets; left > 0; left--) {
    const i = Math.floor(rng.next() * buckets);
    counts[i] = (counts[i] ?? 0) + 1;
  }
  return counts;
}
