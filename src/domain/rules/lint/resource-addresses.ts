import type { AccountIndex, IndexedResource } from '@/domain/account';
import { cidrContainsIp, parseCidr, parseDomain, type Cidr, type DomainName, type IpAddress } from '@/domain/net';

/**
 * resource-addresses: resource addresses parsed once per account index for the linter. NetBird
 * stores them normalized (hosts as /32 or /128, subnets masked, domains in lower-case punycode),
 * so IP resources go through parseCidr only and domains are parsed on demand; the linter does
 * not need the trace's full route index (prefix tables of every route and resource).
 */

interface Cache {
  cidrs: Map<string, Cidr> | null;
  domains: Map<string, DomainName | null>;
  tables: Map<string, PrefixTable>;
}

const caches = new WeakMap<AccountIndex, Cache>();

function cacheOf(index: AccountIndex): Cache {
  let c = caches.get(index);
  if (c === undefined) {
    c = { cidrs: null, domains: new Map(), tables: new Map() };
    caches.set(index, c);
  }
  return c;
}

/** resourceCidrs: the prefix of every host and subnet resource whose address parses, enabled or not. */
export function resourceCidrs(index: AccountIndex): ReadonlyMap<string, Cidr> {
  const c = cacheOf(index);
  if (c.cidrs === null) {
    const cidrs = new Map<string, Cidr>();
    for (const r of index.resources.values()) {
      if (r.type === 'domain') continue;
      const parsed = parseCidr(r.address.includes('/') ? r.address : `${r.address}/${r.address.includes(':') ? 128 : 32}`);
      if (parsed.ok) cidrs.set(r.id, parsed.value);
    }
    c.cidrs = cidrs;
  }
  return c.cidrs;
}

/** resourceDomain: the parsed name of a domain resource (wildcards kept), null for others or unparsable ones. */
export function resourceDomain(index: AccountIndex, r: IndexedResource): DomainName | null {
  if (r.type !== 'domain') return null;
  const c = cacheOf(index);
  let d = c.domains.get(r.id);
  if (d === undefined) {
    const parsed = parseDomain(r.address, { allowWildcard: true });
    d = parsed.ok ? parsed.value : null;
    c.domains.set(r.id, d);
  }
  return d;
}

/** PrefixTable: the enabled IP resources of one network, filed by prefix length for containment lookups. */
export interface PrefixTable {
  /** The enabled IP resources containing `ip`. */
  containing(ip: IpAddress): IndexedResource[];
}

const hostBits = (version: 4 | 6): bigint => (version === 4 ? 32n : 128n);

/** Level: the resources of one prefix length, by their network bits (numbers for IPv4, bigints for IPv6). */
type Level = { version: 4; prefix: number; byKey: Map<number, IndexedResource[]> } | { version: 6; prefix: number; byKey: Map<bigint, IndexedResource[]> };

/** v4Bits: the top `prefix` bits of an IPv4 address as a number (no BigInt: this runs for every resource). */
const v4Bits = (address: number, prefix: number): number => (prefix === 0 ? 0 : address >>> (32 - prefix));

/**
 * SCAN_LIMIT: up to this many resources, a network answers by scanning its resources (a few dozen
 * number comparisons) instead of building per-length maps that would outweigh the lookups.
 */
const SCAN_LIMIT = 64;

const lengthKey = (cidr: Cidr): number => (cidr.version === 4 ? cidr.prefix : 1000 + cidr.prefix);


/**
 * scanTable: the same answers as the maps, in the same order: by prefix length in order of first
 * appearance, then resource order. Each enabled IPv4 resource is kept as numbers (its top bits
 * and prefix length), so a lookup is a few dozen integer comparisons.
 */
function scanTable(index: AccountIndex, resources: readonly IndexedResource[]): PrefixTable {
  const cidrs = resourceCidrs(index);
  const list: { r: IndexedResource; cidr: Cidr; rank: number; bits: number }[] = [];
  const lengths: number[] = [];
  for (const r of resources) {
    const cidr = cidrs.get(r.id);
    if (!r.enabled || cidr === undefined) continue;
    const key = lengthKey(cidr);
    let rank = lengths.indexOf(key);
    if (rank < 0) rank = lengths.push(key) - 1;
    list.push({ r, cidr, rank, bits: cidr.version === 4 ? v4Bits(Number(cidr.network), cidr.prefix) : 0 });
  }
  return {
    containing(ip) {
      const v4 = ip.version === 4 ? Number(ip.value) : 0;
      let hits: (typeof list)[number][] | null = null;
      for (const e of list) {
        const inside = e.cidr.version !== ip.version ? false : ip.version === 4 ? v4Bits(v4, e.cidr.prefix) === e.bits : cidrContainsIp(e.cidr, ip);
        if (inside) (hits ??= []).push(e);
      }
      if (hits === null) return [];
      return hits.length === 1 ? [hits[0]!.r] : hits.sort((a, b) => a.rank - b.rank).map((h) => h.r);
    },
  };
}

function buildTable(index: AccountIndex, networkId: string): PrefixTable {
  const resources = index.resourcesOfNetwork.get(networkId) ?? [];
  if (resources.length <= SCAN_LIMIT) return scanTable(index, resources);
  const cidrs = resourceCidrs(index);
  // levels in the order their prefix length first appears, each filed by network bits
  const levels: Level[] = [];
  const byLength = new Map<number, Level>();
  for (const r of resources) {
    const cidr = cidrs.get(r.id);
    if (!r.enabled || cidr === undefined) continue;
    let level = byLength.get(lengthKey(cidr));
    if (level === undefined) {
      level = cidr.version === 4 ? { version: 4, prefix: cidr.prefix, byKey: new Map() } : { version: 6, prefix: cidr.prefix, byKey: new Map() };
      byLength.set(lengthKey(cidr), level);
      levels.push(level);
    }
    if (level.version === 4) {
      const key = v4Bits(Number(cidr.network), cidr.prefix);
      const list = level.byKey.get(key);
      if (list === undefined) level.byKey.set(key, [r]);
      else list.push(r);
    } else {
      const key = cidr.network >> (hostBits(6) - BigInt(cidr.prefix));
      const list = level.byKey.get(key);
      if (list === undefined) level.byKey.set(key, [r]);
      else list.push(r);
    }
  }
  return {
    containing(ip) {
      const out: IndexedResource[] = [];
      if (levels.length === 0) return out;
      const v4 = ip.version === 4 ? Number(ip.value) : 0;
      for (const level of levels) {
        if (level.version !== ip.version) continue;
        const list = level.version === 4 ? level.byKey.get(v4Bits(v4, level.prefix)) : level.byKey.get(ip.value >> (hostBits(6) - BigInt(level.prefix)));
        if (list !== undefined) out.push(...list);
      }
      return out;
    },
  };
}

/** networkPrefixTable: the table of one network, built on first use and cached with the index. */
export function networkPrefixTable(index: AccountIndex, networkId: string): PrefixTable {
  const c = cacheOf(index);
  let t = c.tables.get(networkId);
  if (t === undefined) {
    t = buildTable(index, networkId);
    c.tables.set(networkId, t);
  }
  return t;
}

/** resourceContains: the resource is an IP resource whose prefix holds `ip`. */
export function resourceContains(index: AccountIndex, r: IndexedResource, ip: IpAddress): boolean {
  const cidr = resourceCidrs(index).get(r.id);
  return cidr !== undefined && cidrContainsIp(cidr, ip);
}
