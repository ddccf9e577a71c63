import type { AccountIndex, IndexedResource } from '@/domain/account';
import { cidrContainsCidr, parseCidr, type Cidr } from '@/domain/net';
import type { SnapRoute } from '@/domain/snapshot';
import { capitalize, joinList, networkLabel, peerList, resourceLabel, routeLabel } from './names';
import { finding, inScope, ref, type Finding, type FindingRef, type LintScope } from './finding';
import { resourceCidrs } from './resource-addresses';
import { servingUnitsOf, type ServingUnit } from './serving-units';

/**
 * overlaps: routes-overlap. Two IP resources or legacy routes that overlap and are served by
 * different routing peers split traffic between them: a client that receives both sends each
 * address through the longest matching prefix. Often intended (a more specific site behind its
 * own peer), so it is info. Exit nodes overlap everything by design and are left out.
 *
 * Prefixes either nest or are disjoint, so one sort by start address and a stack of the prefixes
 * still open finds every overlap in O(n log n), with identical prefixes bucketed together.
 */

/**
 * Item: one prefix and who serves it; labels are built only for the few items that are reported.
 * `key` orders IPv4 prefixes as plain numbers (start address × 64 + prefix length); BigInt
 * arithmetic on 20,000 prefixes would cost more than the rest of the check.
 */
interface Item {
  cidr: Cidr;
  /** The resource, or null for a legacy route (flat fields: one object per item, 20,000 of them). */
  resource: IndexedResource | null;
  route: SnapRoute | null;
  unit: ServingUnit;
  peerKey: string;
  key: number;
}

const V4_KEY_NONE = -1;
const v4Key = (cidr: Cidr): number => (cidr.version === 4 ? Number(cidr.network) * 64 + cidr.prefix : V4_KEY_NONE);

function label(index: AccountIndex, item: Item): string {
  if (item.resource !== null) return `${resourceLabel(item.resource)} of ${networkLabel(index, item.resource.network_id)}`;
  return item.route === null ? item.cidr.text : routeLabel(item.route);
}

function refsOf(item: Item): FindingRef[] {
  if (item.resource !== null) return [ref('resource', item.resource.id), ref('network', item.resource.network_id)];
  return item.route === null ? [] : [ref('route', item.route.id)];
}

interface Bucket {
  cidr: Cidr;
  key: number;
  /** The first item of each distinct set of routing peers (almost always one, so a list). */
  byPeers: Item[];
}

/** MAX_NESTED_PER_PREFIX bounds the findings one prefix can produce, so a pathological account stays readable. */
const MAX_NESTED_PER_PREFIX = 5;

function collect(index: AccountIndex): Item[] {
  const units = servingUnitsOf(index);
  const cidrs = resourceCidrs(index);
  const keys = new Map<ServingUnit, string>();
  const peerKey = (unit: ServingUnit): string => {
    let k = keys.get(unit);
    if (k === undefined) {
      k = [...unit.peerIds].sort().join('\u0000');
      keys.set(unit, k);
    }
    return k;
  };
  const items: Item[] = [];
  for (const r of index.resources.values()) {
    const cidr = cidrs.get(r.id);
    const unit = units.networks.get(r.network_id);
    if (!r.enabled || cidr === undefined || unit === undefined || unit.peerIds.length === 0) continue;
    items.push({ cidr, resource: r, route: null, unit, peerKey: peerKey(unit), key: v4Key(cidr) });
  }
  for (const unit of units.routeSets.values()) {
    if (unit.exitNode || unit.peerIds.length === 0) continue;
    for (const route of unit.enabledRoutes) {
      if (route.network_type === 'Domain') continue;
      const parsed = parseCidr(route.network ?? '');
      if (!parsed.ok || parsed.value.prefix === 0) continue;
      const cidr = parsed.value;
      items.push({ cidr, resource: null, route, unit, peerKey: peerKey(unit), key: v4Key(cidr) });
    }
  }
  return items;
}

function compareCidrs(a: Cidr, b: Cidr): number {
  if (a.version !== b.version) return a.version - b.version;
  if (a.network !== b.network) return a.network < b.network ? -1 : 1;
  return a.prefix - b.prefix;
}

/**
 * sortItems orders by family, start address, then prefix length (outer prefixes first). IPv4
 * keys fit a double exactly, so most accounts sort on numbers rather than bigints.
 */
function sortItems(items: Item[]): Item[] {
  const v4 = items.filter((i) => i.key !== V4_KEY_NONE).sort((a, b) => a.key - b.key);
  const v6 = items.filter((i) => i.key === V4_KEY_NONE).sort((a, b) => compareCidrs(a.cidr, b.cidr));
  return v6.length === 0 ? v4 : [...v4, ...v6];
}

const samePrefix = (a: { cidr: Cidr; key: number }, b: { cidr: Cidr; key: number }): boolean =>
  a.key !== V4_KEY_NONE || b.key !== V4_KEY_NONE ? a.key === b.key : compareCidrs(a.cidr, b.cidr) === 0;

/** contains: `outer` holds `inner`, on numbers for IPv4 (a shift by the outer prefix's host bits). */
function contains(outer: Bucket, inner: Bucket): boolean {
  if (outer.key === V4_KEY_NONE || inner.key === V4_KEY_NONE) return cidrContainsCidr(outer.cidr, inner.cidr);
  const p = outer.cidr.prefix;
  if (p > inner.cidr.prefix) return false;
  if (p === 0) return true;
  const hostBits = 32 - p;
  return Math.floor(inner.key / 64) >>> hostBits === Math.floor(outer.key / 64) >>> hostBits;
}

function buckets(items: Item[]): Bucket[] {
  const out: Bucket[] = [];
  let current: Bucket | null = null;
  for (const item of sortItems(items)) {
    if (current === null || !samePrefix(current, item)) {
      current = { cidr: item.cidr, key: item.key, byPeers: [item] };
      out.push(current);
    } else if (!current.byPeers.some((i) => i.peerKey === item.peerKey)) current.byPeers.push(item);
  }
  return out;
}

const via = (index: AccountIndex, item: Item): string => peerList(index, item.unit.peerIds, 'or');

function identical(index: AccountIndex, b: Bucket): Finding {
  const items = b.byPeers;
  return finding(
    'routes-overlap',
    `${capitalize(joinList(items.map((i) => `${label(index, i)} (via ${via(index, i)})`), 'and'))} cover the same prefix ${b.cidr.text} with different routing peers: which one a client uses depends on which it receives.`,
    items.flatMap(refsOf),
  );
}

function nested(index: AccountIndex, inner: Item, outer: Item): Finding {
  return finding(
    'routes-overlap',
    `${capitalize(label(index, inner))} (via ${via(index, inner)}) lies inside ${label(index, outer)} (via ${via(index, outer)}), served by different routing peers: a client that receives both sends ${inner.cidr.text} through ${via(index, inner)} (longest prefix wins) and the rest of ${outer.cidr.text} through ${via(index, outer)}.`,
    [...refsOf(inner), ...refsOf(outer)],
  );
}

/** lintOverlaps: routes-overlap between IP resources and non-exit legacy routes with different routing peers. */
export function lintOverlaps(index: AccountIndex, scope?: LintScope): Finding[] {
  const out: Finding[] = [];
  const stack: Bucket[] = [];
  for (const b of buckets(collect(index))) {
    while (stack.length > 0 && !contains(stack[stack.length - 1] as Bucket, b)) stack.pop();
    if (b.byPeers.length > 1) out.push(identical(index, b));
    let reported = 0;
    for (let i = stack.length - 1; i >= 0 && reported < MAX_NESTED_PER_PREFIX; i--) {
      const outer = stack[i] as Bucket;
      for (const inner of b.byPeers) {
        for (const o of outer.byPeers) {
          if (o.peerKey === inner.peerKey || reported >= MAX_NESTED_PER_PREFIX) continue;
          out.push(nested(index, inner, o));
          reported++;
        }
      }
    }
    stack.push(b);
  }
  return inScope(out, scope);
}
