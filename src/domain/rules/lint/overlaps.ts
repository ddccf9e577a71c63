import type { AccountIndex } from '@/domain/account';
import { cidrContainsCidr, type Cidr } from '@/domain/net';
import { routeIndexOf } from '@/domain/routing/route-index';
import { capitalize, joinList, networkLabel, peerList, resourceLabel, routeLabel } from './names';
import { finding, inScope, ref, type Finding, type FindingRef, type LintScope } from './finding';
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

interface Item {
  cidr: Cidr;
  label: string;
  refs: FindingRef[];
  unit: ServingUnit;
  peerKey: string;
}

interface Bucket {
  cidr: Cidr;
  /** The first item of each distinct set of routing peers, in account order. */
  byPeers: Map<string, Item>;
}

/** MAX_NESTED_PER_PREFIX bounds the findings one prefix can produce, so a pathological account stays readable. */
const MAX_NESTED_PER_PREFIX = 5;

function collect(index: AccountIndex): Item[] {
  const units = servingUnitsOf(index);
  const ri = routeIndexOf(index);
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
    const cidr = ri.resourceAddress.get(r.id)?.cidr;
    const unit = units.networks.get(r.network_id);
    if (!r.enabled || cidr == null || unit === undefined || unit.peerIds.length === 0) continue;
    items.push({ cidr, label: `${resourceLabel(r)} of ${networkLabel(index, r.network_id)}`, refs: [ref('resource', r.id), ref('network', r.network_id)], unit, peerKey: peerKey(unit) });
  }
  for (const unit of units.routeSets.values()) {
    if (unit.exitNode || unit.peerIds.length === 0) continue;
    for (const route of unit.enabledRoutes) {
      const cidr = ri.routeCidr.get(route.id);
      if (cidr === undefined || cidr.prefix === 0) continue;
      items.push({ cidr, label: routeLabel(route), refs: [ref('route', route.id)], unit, peerKey: peerKey(unit) });
    }
  }
  return items;
}

function compareCidrs(a: Cidr, b: Cidr): number {
  if (a.version !== b.version) return a.version - b.version;
  if (a.network !== b.network) return a.network < b.network ? -1 : 1;
  return a.prefix - b.prefix;
}

function buckets(items: Item[]): Bucket[] {
  items.sort((a, b) => compareCidrs(a.cidr, b.cidr));
  const out: Bucket[] = [];
  let current: Bucket | null = null;
  for (const item of items) {
    if (current === null || compareCidrs(current.cidr, item.cidr) !== 0) {
      current = { cidr: item.cidr, byPeers: new Map() };
      out.push(current);
    }
    if (!current.byPeers.has(item.peerKey)) current.byPeers.set(item.peerKey, item);
  }
  return out;
}

const via = (index: AccountIndex, item: Item): string => peerList(index, item.unit.peerIds, 'or');

function identical(index: AccountIndex, b: Bucket): Finding {
  const items = [...b.byPeers.values()];
  return finding(
    'routes-overlap',
    `${capitalize(joinList(items.map((i) => `${i.label} (via ${via(index, i)})`), 'and'))} cover the same prefix ${b.cidr.text} with different routing peers: which one a client uses depends on which it receives.`,
    items.flatMap((i) => i.refs),
  );
}

function nested(index: AccountIndex, inner: Item, outer: Item): Finding {
  return finding(
    'routes-overlap',
    `${capitalize(inner.label)} (via ${via(index, inner)}) lies inside ${outer.label} (via ${via(index, outer)}), served by different routing peers: a client that receives both sends ${inner.cidr.text} through ${via(index, inner)} (longest prefix wins) and the rest of ${outer.cidr.text} through ${via(index, outer)}.`,
    [...inner.refs, ...outer.refs],
  );
}

/** lintOverlaps: routes-overlap between IP resources and non-exit legacy routes with different routing peers. */
export function lintOverlaps(index: AccountIndex, scope?: LintScope): Finding[] {
  const out: Finding[] = [];
  const stack: Bucket[] = [];
  for (const b of buckets(collect(index))) {
    while (stack.length > 0 && !cidrContainsCidr((stack[stack.length - 1] as Bucket).cidr, b.cidr)) stack.pop();
    if (b.byPeers.size > 1) out.push(identical(index, b));
    let reported = 0;
    for (let i = stack.length - 1; i >= 0 && reported < MAX_NESTED_PER_PREFIX; i--) {
      const outer = stack[i] as Bucket;
      for (const [key, inner] of b.byPeers) {
        for (const [outerKey, o] of outer.byPeers) {
          if (outerKey === key || reported >= MAX_NESTED_PER_PREFIX) continue;
          out.push(nested(index, inner, o));
          reported++;
        }
      }
    }
    stack.push(b);
  }
  return inScope(out, scope);
}
