import { routingPeerIds, type AccountIndex, type IndexedResource } from '@/domain/account';
import { classifyResourceAddress, parseCidr, parseDomain, type Cidr, type DomainName, type IpAddress, type ResourceAddress } from '@/domain/net';
import type { SnapRoute } from '@/domain/snapshot';

/**
 * route-index: every enabled network resource and legacy route filed by prefix length and by
 * domain, built once per account index. A lookup then costs one map probe per distinct prefix
 * length (at most 33 for IPv4) plus one per label of a name, however many routes the account has.
 */

/** PrefixTarget: a resource or legacy route that covers an address range. */
export type PrefixTarget = { kind: 'resource'; resource: IndexedResource; cidr: Cidr } | { kind: 'route'; route: SnapRoute; cidr: Cidr };

/** DomainTarget: a domain resource or a domain of a legacy route; `pattern` may be a wildcard. */
export type DomainTarget = { kind: 'resource'; resource: IndexedResource; pattern: DomainName } | { kind: 'route'; route: SnapRoute; pattern: DomainName };

interface PrefixTable {
  /** Prefix lengths present, longest first. */
  lengths: number[];
  /** length → (network >> host bits) → targets, in account order. */
  buckets: Map<number, Map<bigint, PrefixTarget[]>>;
}

export interface RouteIndex {
  v4: PrefixTable;
  v6: PrefixTable;
  domainExact: ReadonlyMap<string, readonly DomainTarget[]>;
  /** Wildcards by the part after "*.": "corp.example" for "*.corp.example". */
  domainWildcard: ReadonlyMap<string, readonly DomainTarget[]>;
  /** Enabled 0.0.0.0/0 and ::/0 routes: exit nodes, chosen apart from longest-prefix matching. */
  exitRoutes: readonly SnapRoute[];
  /** The parsed address of every resource (enabled or not) whose address parses. */
  resourceAddress: ReadonlyMap<string, ResourceAddress>;
  /** The parsed network of every legacy IP route. */
  routeCidr: ReadonlyMap<string, Cidr>;
  /** Peers behind the enabled routers of each network, built on demand. */
  networkRoutingPeers: Map<string, ReadonlySet<string>>;
}

const bitsOf = (version: 4 | 6): bigint => (version === 4 ? 32n : 128n);

function addPrefix(table: PrefixTable, target: PrefixTarget): void {
  const { cidr } = target;
  let bucket = table.buckets.get(cidr.prefix);
  if (bucket === undefined) {
    bucket = new Map();
    table.buckets.set(cidr.prefix, bucket);
  }
  const key = cidr.network >> (bitsOf(cidr.version) - BigInt(cidr.prefix));
  const list = bucket.get(key);
  if (list === undefined) bucket.set(key, [target]);
  else list.push(target);
}

function addDomain(exact: Map<string, DomainTarget[]>, wildcard: Map<string, DomainTarget[]>, target: DomainTarget): void {
  const p = target.pattern;
  const m = p.wildcard ? wildcard : exact;
  const key = p.wildcard ? p.ascii.slice(2) : p.ascii;
  const list = m.get(key);
  if (list === undefined) m.set(key, [target]);
  else list.push(target);
}

function buildRouteIndex(index: AccountIndex): RouteIndex {
  const v4: PrefixTable = { lengths: [], buckets: new Map() };
  const v6: PrefixTable = { lengths: [], buckets: new Map() };
  const exact = new Map<string, DomainTarget[]>();
  const wildcard = new Map<string, DomainTarget[]>();
  const exitRoutes: SnapRoute[] = [];
  const resourceAddress = new Map<string, ResourceAddress>();
  const routeCidr = new Map<string, Cidr>();

  for (const resource of index.resources.values()) {
    const parsed = classifyResourceAddress(resource.address);
    if (!parsed.ok) continue;
    const a = parsed.value;
    resourceAddress.set(resource.id, a);
    if (!resource.enabled) continue;
    if (a.cidr !== null) addPrefix(a.cidr.version === 4 ? v4 : v6, { kind: 'resource', resource, cidr: a.cidr });
    else if (a.domain !== null) addDomain(exact, wildcard, { kind: 'resource', resource, pattern: a.domain });
  }
  for (const route of index.snapshot.routes) {
    if (route.network_type === 'Domain') {
      if (!route.enabled) continue;
      for (const d of route.domains ?? []) {
        const parsed = parseDomain(d, { allowWildcard: true });
        if (parsed.ok) addDomain(exact, wildcard, { kind: 'route', route, pattern: parsed.value });
      }
      continue;
    }
    const parsed = parseCidr(route.network ?? '');
    if (!parsed.ok) continue;
    routeCidr.set(route.id, parsed.value);
    if (!route.enabled) continue;
    if (parsed.value.prefix === 0) exitRoutes.push(route);
    else addPrefix(parsed.value.version === 4 ? v4 : v6, { kind: 'route', route, cidr: parsed.value });
  }
  for (const table of [v4, v6]) table.lengths = [...table.buckets.keys()].sort((a, b) => b - a);
  return { v4, v6, domainExact: exact, domainWildcard: wildcard, exitRoutes, resourceAddress, routeCidr, networkRoutingPeers: new Map() };
}

const caches = new WeakMap<AccountIndex, RouteIndex>();

/** routeIndexOf: the route index of an account index, built on first use and cached with it. */
export function routeIndexOf(index: AccountIndex): RouteIndex {
  let ri = caches.get(index);
  if (ri === undefined) {
    ri = buildRouteIndex(index);
    caches.set(index, ri);
  }
  return ri;
}

/** prefixTargetsFor: the targets covering `ip`, grouped by prefix length, longest first. */
export function prefixTargetsFor(ri: RouteIndex, ip: IpAddress): (readonly PrefixTarget[])[] {
  const table = ip.version === 4 ? ri.v4 : ri.v6;
  const bits = bitsOf(ip.version);
  const out: (readonly PrefixTarget[])[] = [];
  for (const length of table.lengths) {
    const list = table.buckets.get(length)?.get(ip.value >> (bits - BigInt(length)));
    if (list !== undefined) out.push(list);
  }
  return out;
}

/**
 * domainTargetsFor: the targets matching `name` (lower-case ASCII), most specific first: the
 * exact name, then wildcards from the longest suffix ("*.a.corp" before "*.corp"). A wildcard
 * needs at least one more label, so "*.corp.example" does not match "corp.example".
 */
export function domainTargetsFor(ri: RouteIndex, name: string): (readonly DomainTarget[])[] {
  const out: (readonly DomainTarget[])[] = [];
  const exact = ri.domainExact.get(name);
  if (exact !== undefined) out.push(exact);
  for (let dot = name.indexOf('.'); dot >= 0; dot = name.indexOf('.', dot + 1)) {
    const list = ri.domainWildcard.get(name.slice(dot + 1));
    if (list !== undefined) out.push(list);
  }
  return out;
}

/** networkRoutingPeerSet: the distinct peers behind the enabled routers of a network. */
export function networkRoutingPeerSet(index: AccountIndex, networkId: string): ReadonlySet<string> {
  const ri = routeIndexOf(index);
  let set = ri.networkRoutingPeers.get(networkId);
  if (set === undefined) {
    const ids = new Set<string>();
    for (const router of index.routersOfNetwork.get(networkId) ?? []) {
      if (!router.enabled) continue;
      for (const p of routingPeerIds(index, router)) ids.add(p);
    }
    set = ids;
    ri.networkRoutingPeers.set(networkId, set);
  }
  return set;
}
