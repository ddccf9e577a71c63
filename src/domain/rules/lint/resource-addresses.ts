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

function buildTable(index: AccountIndex, networkId: string): PrefixTable {
  const cidrs = resourceCidrs(index);
  // "version/prefix" -> network >> host bits -> resources
  const buckets = new Map<string, { version: 4 | 6; prefix: number; byKey: Map<bigint, IndexedResource[]> }>();
  for (const r of index.resourcesOfNetwork.get(networkId) ?? []) {
    const cidr = cidrs.get(r.id);
    if (!r.enabled || cidr === undefined) continue;
    const bucketKey = `${cidr.version}/${cidr.prefix}`;
    let bucket = buckets.get(bucketKey);
    if (bucket === undefined) buckets.set(bucketKey, (bucket = { version: cidr.version, prefix: cidr.prefix, byKey: new Map() }));
    const key = cidr.network >> (hostBits(cidr.version) - BigInt(cidr.prefix));
    const list = bucket.byKey.get(key);
    if (list === undefined) bucket.byKey.set(key, [r]);
    else list.push(r);
  }
  const levels = [...buckets.values()];
  return {
    containing(ip) {
      const out: IndexedResource[] = [];
      for (const b of levels) {
        if (b.version !== ip.version) continue;
        const list = b.byKey.get(ip.value >> (hostBits(ip.version) - BigInt(b.prefix)));
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
