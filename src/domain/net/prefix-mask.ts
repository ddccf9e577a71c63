import type { IpVersion } from './ip';

/**
 * prefix-mask: network masks for every prefix length, computed once at load so containment
 * checks are a table lookup and one AND instead of shifts per call.
 */

function buildMasks(bits: number): readonly bigint[] {
  const all = (1n << BigInt(bits)) - 1n;
  const masks: bigint[] = [];
  for (let p = 0; p <= bits; p++) masks.push(all ^ ((1n << BigInt(bits - p)) - 1n));
  return masks;
}

const MASKS_V4 = buildMasks(32);
const MASKS_V6 = buildMasks(128);
const FULL_V4 = (1n << 32n) - 1n;
const FULL_V6 = (1n << 128n) - 1n;

/** addressBits is the address width of a family: 32 or 128. */
export function addressBits(version: IpVersion): 32 | 128 {
  return version === 4 ? 32 : 128;
}

/** prefixMask returns the network mask for `prefix` bits; out-of-range prefixes get the all-ones (host) mask. */
export function prefixMask(version: IpVersion, prefix: number): bigint {
  if (version === 4) return MASKS_V4[prefix] ?? FULL_V4;
  return MASKS_V6[prefix] ?? FULL_V6;
}
