/**
 * noise: the simulator's seeded randomness. A latency sample is a pure function of (seed, link,
 * time), not of a generator's position, so evaluating pairs in a different order, or only some
 * of them, never changes what a client measures: the same scenario always gives the same timeline.
 */

/** hashString: FNV-1a over UTF-16 code units, 32-bit. Stable across engines. */
export function hashString(text: string): number {
  let h = 0x811c9dc5;
  for (let i = 0; i < text.length; i++) {
    h ^= text.charCodeAt(i);
    h = Math.imul(h, 0x01000193);
  }
  return h >>> 0;
}

/** mix32: murmur3's finalizer; spreads every input bit over the output. */
function mix32(x: number): number {
  let h = x >>> 0;
  h ^= h >>> 16;
  h = Math.imul(h, 0x85ebca6b);
  h ^= h >>> 13;
  h = Math.imul(h, 0xc2b2ae35);
  h ^= h >>> 16;
  return h >>> 0;
}

/** hashPair: an order-independent key for two hashed ids (a link is the same from both ends). */
export function hashPair(a: number, b: number): number {
  return a < b ? combine([a, b]) : combine([b, a]);
}

/** combine folds several 32-bit keys into one well-mixed 32-bit key. */
function combine(keys: readonly number[]): number {
  let h = 0x9e3779b9;
  for (const k of keys) h = mix32((h ^ k) + 0x7f4a7c15 + ((h << 6) >>> 0) + (h >>> 2));
  return h;
}

/** unitFloat: a number in (0, 1) from a 32-bit key (never exactly 0, so log() stays finite). */
const unitFloat = (key: number): number => ((key >>> 0) + 0.5) / 4294967296;

/** NOISE_BOUND: samples are cut at ±3σ, so a scenario author can reason about the worst case. */
export const NOISE_BOUND = 3;

/**
 * gaussianAt: a standard normal sample (Box-Muller) for the given keys, truncated to
 * ±NOISE_BOUND. `keys` are numbers such as the seed, hashed ids and the time in ms.
 */
export function gaussianAt(keys: readonly number[]): number {
  const k = combine(keys);
  const u1 = unitFloat(mix32(k ^ 0x68e31da4));
  const u2 = unitFloat(mix32(k ^ 0xb5297a4d));
  const z = Math.sqrt(-2 * Math.log(u1)) * Math.cos(2 * Math.PI * u2);
  return Math.max(-NOISE_BOUND, Math.min(NOISE_BOUND, z));
}

/** MIN_SAMPLE_MS: a sample never drops to 0 or below (NetBird would count that as unknown). */
export const MIN_SAMPLE_MS = 0.1;

/**
 * latencySample: what a client measures on a link at time `t`: the base latency plus truncated
 * Gaussian noise of standard deviation `noiseMs`; the base itself when there is no noise, null
 * when the latency is unknown.
 */
export function latencySample(seed: number, linkKey: number, t: number, baseMs: number | null, noiseMs: number): number | null {
  if (baseMs === null) return null;
  if (noiseMs <= 0) return baseMs;
  const z = gaussianAt([seed >>> 0, linkKey, Math.round(t * 1000)]);
  return Math.max(MIN_SAMPLE_MS, Math.round((baseMs + z * noiseMs) * 10) / 10);
}
