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

/** Item: one prefix and who serves it; labels are built only for the few items that are reported. */
interface Item {
  cidr: Cidr;
  object: { kind: 'resource'; resource: IndexedResource } | { kind: 'route'; route: SnapRoute };
  unit: ServingUnit;
  peerKey: string;
}

function label(index: AccountIndex, item: Item): string {
  const o = item.object;
  return o.kind === 'resource' ? `${resourceLabel(o.resource)} of ${networkLabel(index, o.resource.network_id)}` : routeLabel(o.route);
}

function refsOf(item: Item): FindingRef[] {
  const o = item.object;
  return o.kind === 'resource' ? [ref('resource', o.resource.id), ref('network', o.resource.network_id)] : [ref('route', o.route.id)];
}

interface Bucket {
  cidr: Cidr;
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
    items.push({ cidr, object: { kind: 'resource', resource: r }, unit, peerKey: peerKey(unit) });
  }
  for (const unit of units.routeSets.values()) {
    if (unit.exitNode || unit.peerIds.length === 0) continue;
    for (const route of unit.enabledRoutes) {
      if (route.network_type === 'Domain') continue;
      const parsed = parseCidr(route.network ?? '');
      if (!parsed.ok || parsed.value.prefix === 0) continue;
      const cidr = parsed.value;
      items.push({ cidr, object: { kind: 'route', route }, unit, peerKey: peerKey(unit) });
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
  const v4 = items.filter((i) => i.cidr.version === 4);
  const keyed = v4.map((item) => ({ item, key: Number(item.cidr.network) * 64 + item.cidr.prefix }));
  keyed.sort((a, b) => a.key - b.key);
  const v6 = items.filter((i) => i.cidr.version === 6).sort((a, b) => compareCidrs(a.cidr, b.cidr));
  return [...keyed.map((k) => k.item), ...v6];
}

function buckets(items: Item[]): Bucket[] {
  const out: Bucket[] = [];
  let current: Bucket | null = null;
  for (const item of sortItems(items)) {
    if (current === null || compareCidrs(current.cidr, item.cidr) !== 0) {
      current = { cidr: item.cidr, byPeers: [item] };
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
    while (stack.length > 0 && !cidrContainsCidr((stack[stack.length - 1] as Bucket).cidr, b.cidr)) stack.pop();
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
