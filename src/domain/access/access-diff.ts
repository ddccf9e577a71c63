import type { AccountIndex } from '@/domain/account';
import type { DestinationSubset } from './access-collector';
import { diffScope } from './access-diff-scope';
import type { AccessDestinationRef, AccessDestinationType, AccessEntry, AccessSourceRef } from './access-entry';
import { accessFor, type AccessSubject } from './compute-access';
import { isEmptyReach, NO_REACH, reachGrants, reachOfGrant, reachOverlaps, subtractReach, unionReach, type AccessGrant, type Reach } from './reach';

/**
 * access-diff: who gains or loses access to what when an account changes (a policy, route,
 * resource, router or group membership as an editor is about to save it), computed locally from
 * the account before and after.
 *
 * Approach (cost): diffScope compares the two accounts object by object (identity first: draft
 * appliers keep unchanged objects) and returns only the groups and peers whose access the change
 * can alter: for one policy edit, the groups and peers its rules name. Only those sources are
 * recomputed, with the access matrix's own accessFor, on both sides; nothing else of the matrix is
 * built. When only policies changed, a source is recomputed only towards the resources and peers
 * the changed rules name (scope.destinations): every other cell is decided by the same rules on
 * both sides. Per source, both sides are turned into per-protocol port sets (reach), so a rule split
 * in two or ports typed in another order is no change, and narrowing `all` to tcp/443 shows
 * exactly what is lost. Everything is behind the one call accessDiff(before, after), on plain data,
 * so it can move to a Web Worker unchanged.
 *
 * The draft's index should be deriveAccountIndex(before, draft) (the change preview's is): it shares
 * every part of the account's index the edit left alone, and its rule index is derived from the
 * account's (rule-index-build.ts) instead of flattening every policy again.
 *
 * Sources are groups ("every member of the group") and single peers: a peer named directly by a
 * changed rule, or one whose group membership changed (what that peer gains or loses by it).
 *
 * Measured with `npm run bench -- --groups diff` on a generated XL account (10k peers, 20k
 * resources, 5k policies; 2026-11, a 2-core machine shared with other jobs, load 1-14): one policy
 * edit opening a second destination group (345 changes, 3 groups examined), the draft's index
 * derived from the prepared index of the account (prepareAccess) and the diff together: median
 * 6-12 ms (51 ms once, at load 14) against 165-250 ms for JSON.parse of the snapshot, so 0.03-0.08x
 * the parse (issue 8's budget: 0.1x). Warm, the parts are ~0.5 ms to derive the index, ~0.8 ms
 * its rule index, ~0.2 ms the scope, ~2-4 ms the diff; with V8's optimizing compiler off, ~8.5 ms
 * in all. Before (a full buildAccountIndex of the draft, every policy re-indexed, each source over
 * every destination and route) the same edit took 100-200 ms plus ~50 ms of indexing. The bench
 * forces a full garbage collection before each timed run, after which V8 re-optimizes some of this
 * code concurrently: that, not the work above, makes most of the spread between runs.
 */

export interface NamedSource extends AccessSourceRef {
  readonly name: string;
}

export interface NamedDestination extends AccessDestinationRef {
  readonly name: string;
}

/** ViaPolicy: the policy behind a gain or a loss; null id is a legacy route's default allow (no ACL groups). */
export interface ViaPolicy {
  id: string | null;
  name: string;
}

/** AccessChange: one source's access to one destination, before and after. */
export interface AccessChange {
  source: NamedSource;
  destination: NamedDestination;
  /** Admitted after the change, not before; empty when nothing is gained. */
  gained: AccessGrant[];
  /** Admitted before the change, not after. */
  lost: AccessGrant[];
  /** The policies (after the change) that grant what is gained. */
  gainedVia: ViaPolicy[];
  /** The policies (before the change) that granted what is lost. */
  lostVia: ViaPolicy[];
}

export interface AccessDiff {
  changes: AccessChange[];
  /** How many sources were recomputed: the size of the change's scope, not of the account. */
  examined: { groups: number; peers: number };
}

const DEFAULT_ALLOW = 'default allow of a route without ACL groups';

const DESTINATION_TYPES: readonly AccessDestinationType[] = ['resource', 'peer', 'route'];

interface Cell {
  destination: AccessDestinationRef;
  entries: AccessEntry[];
}

type Cells = Record<AccessDestinationType, Map<string, Cell>>;

/** cells: a source's entries grouped per destination. */
function cells(entries: readonly AccessEntry[]): Cells {
  const out: Cells = { resource: new Map(), peer: new Map(), route: new Map() };
  for (const e of entries) {
    const byId = out[e.destination.type];
    const cell = byId.get(e.destination.id);
    if (cell === undefined) byId.set(e.destination.id, { destination: e.destination, entries: [e] });
    else cell.entries.push(e);
  }
  return out;
}

/** grantKey: a grant as text, to compare cells of several grants. */
const grantKey = (e: AccessEntry): string => `${e.protocol}|${e.ports.join(',')}`;

const samePorts = (x: readonly string[], y: readonly string[]): boolean => x === y || (x.length === y.length && x.every((p, i) => p === y[i]));

/** sameGrants: both cells hold the same grants (the common case: most cells of a source do not change). */
function sameGrants(a: Cell | undefined, b: Cell | undefined): boolean {
  if (a === undefined || b === undefined) return a === b;
  const [x] = a.entries;
  const [y] = b.entries;
  if (a.entries.length === 1 && b.entries.length === 1 && x !== undefined && y !== undefined) return x.protocol === y.protocol && samePorts(x.ports, y.ports);
  const keys = new Set(a.entries.map(grantKey));
  const other = new Set(b.entries.map(grantKey));
  return keys.size === other.size && [...keys].every((k) => other.has(k));
}

/**
 * grantReach: what an entry admits, once per grant: the entries of one computation share their
 * ports arrays, so a few hundred changed cells parse a handful of port lists, not one each.
 */
const reachCache = new WeakMap<readonly string[], Map<string, Reach>>();
function grantReach(e: AccessEntry): Reach {
  let byProtocol = reachCache.get(e.ports);
  if (byProtocol === undefined) reachCache.set(e.ports, (byProtocol = new Map()));
  let reach = byProtocol.get(e.protocol);
  if (reach === undefined) byProtocol.set(e.protocol, (reach = reachOfGrant(e.protocol, e.ports)));
  return reach;
}

function reachOf(cell: Cell | undefined): Reach {
  const entries = cell?.entries ?? [];
  const [only] = entries;
  return entries.length === 1 && only !== undefined ? grantReach(only) : entries.reduce((r, e) => unionReach(r, grantReach(e)), NO_REACH);
}

function policyOf(index: AccountIndex, id: string | null): ViaPolicy {
  if (id === null) return { id: null, name: DEFAULT_ALLOW };
  return { id, name: index.policies.get(id)?.name ?? id };
}

/** via: the distinct policies of `cell` whose grant overlaps `part` (any part of it when `part` is null). */
function via(index: AccountIndex, cell: Cell | undefined, part: Reach | null): ViaPolicy[] {
  const seen = new Map<string, ViaPolicy>();
  for (const e of cell?.entries ?? []) {
    const reach = grantReach(e);
    if (part === null ? isEmptyReach(reach) : !reachOverlaps(reach, part)) continue;
    const key = e.policy ?? '';
    if (!seen.has(key)) seen.set(key, policyOf(index, e.policy));
  }
  return [...seen.values()];
}

function sourceNameIn(idx: AccountIndex, s: AccessSourceRef): string | undefined {
  return s.type === 'group' ? idx.groups.get(s.id)?.name : idx.peers.get(s.id)?.name;
}

function destinationNameIn(idx: AccountIndex, d: AccessDestinationRef): string | undefined {
  switch (d.type) {
    case 'resource':
      return idx.resources.get(d.id)?.name;
    case 'peer':
      return idx.peers.get(d.id)?.name;
    case 'route':
      // the network identifier is what NetBird's dashboard shows for a route
      return idx.routes.get(d.id)?.network_id;
  }
}

function subjectOf(index: AccountIndex, s: AccessSourceRef): AccessSubject | null {
  if (s.type === 'group') {
    const group = index.groups.get(s.id);
    return group === undefined ? null : { kind: 'group', group };
  }
  const peer = index.peers.get(s.id);
  return peer === undefined ? null : { kind: 'peer', peer };
}

const entriesOf = (index: AccountIndex, s: AccessSourceRef, within: DestinationSubset | undefined): AccessEntry[] => {
  const subject = subjectOf(index, s);
  return subject === null ? [] : accessFor(index, subject, undefined, within);
};

/**
 * sourceChanges: what one source gains and loses, per destination; `within` leaves out the
 * resources and peers whose cells the change cannot alter (diffScope's destinations).
 */
export function sourceChanges(before: AccountIndex, after: AccountIndex, source: AccessSourceRef, within?: DestinationSubset): AccessChange[] {
  const was = cells(entriesOf(before, source, within));
  const is = cells(entriesOf(after, source, within));
  const out: AccessChange[] = [];
  let named: NamedSource | null = null;
  const compare = (b: Cell | undefined, a: Cell | undefined) => {
    if (sameGrants(a, b)) return;
    const ra = reachOf(a);
    const rb = reachOf(b);
    // a cell on one side only (most changes: a destination gained or lost whole) needs no subtraction
    const gained = b === undefined ? ra : a === undefined ? NO_REACH : subtractReach(ra, rb);
    const lost = a === undefined ? rb : b === undefined ? NO_REACH : subtractReach(rb, ra);
    if (isEmptyReach(gained) && isEmptyReach(lost)) return;
    const destination = (a ?? b)?.destination;
    if (destination === undefined) return;
    // object literals rather than spreads: one shape for every change, which V8 keeps optimized
    named ??= { type: source.type, id: source.id, name: sourceNameIn(after, source) ?? sourceNameIn(before, source) ?? source.id };
    out.push({
      source: named,
      destination: { type: destination.type, id: destination.id, name: destinationNameIn(after, destination) ?? destinationNameIn(before, destination) ?? destination.id },
      gained: reachGrants(gained),
      lost: reachGrants(lost),
      gainedVia: b === undefined ? via(after, a, null) : via(after, a, gained),
      lostVia: a === undefined ? via(before, b, null) : via(before, b, lost),
    });
  };
  for (const type of DESTINATION_TYPES) {
    for (const [id, b] of was[type]) compare(b, is[type].get(id));
    for (const [id, a] of is[type]) if (!was[type].has(id)) compare(undefined, a);
  }
  return out;
}

const TYPE_ORDER = { group: 0, peer: 1, resource: 0, route: 2 } as const;

function compareChanges(x: AccessChange, y: AccessChange): number {
  return (
    TYPE_ORDER[x.source.type] - TYPE_ORDER[y.source.type] ||
    x.source.name.localeCompare(y.source.name) ||
    x.source.id.localeCompare(y.source.id) ||
    TYPE_ORDER[x.destination.type] - TYPE_ORDER[y.destination.type] ||
    x.destination.name.localeCompare(y.destination.name) ||
    x.destination.id.localeCompare(y.destination.id)
  );
}

/** accessDiff: every source in the change's scope that gains or loses access, sorted by source then destination. */
export function accessDiff(before: AccountIndex, after: AccountIndex): AccessDiff {
  const scope = diffScope(before, after);
  const changes: AccessChange[] = [];
  const within = scope.destinations ?? undefined;
  for (const id of scope.groups) changes.push(...sourceChanges(before, after, { type: 'group', id }, within));
  for (const id of scope.peers) changes.push(...sourceChanges(before, after, { type: 'peer', id }, within));
  changes.sort(compareChanges);
  return { changes, examined: { groups: scope.groups.size, peers: scope.peers.size } };
}
