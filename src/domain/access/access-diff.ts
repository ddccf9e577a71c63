import type { AccountIndex } from '@/domain/account';
import { diffScope } from './access-diff-scope';
import type { AccessDestinationRef, AccessEntry, AccessSourceRef } from './access-entry';
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
 * built. Per source, both sides are turned into per-protocol port sets (reach), so a rule split
 * in two or ports typed in another order is no change, and narrowing `all` to tcp/443 shows
 * exactly what is lost. Everything is behind the one call accessDiff(before, after), on plain data,
 * so it can move to a Web Worker unchanged.
 *
 * Sources are groups ("every member of the group") and single peers: a peer named directly by a
 * changed rule, or one whose group membership changed (what that peer gains or loses by it).
 *
 * Measured on a generated XL account (10k peers, 20k resources, 5k policies; 2026-11, a shared and
 * busy 2-core machine, so rough): JSON.parse of the snapshot ~200 ms; one policy edit scopes 1-3
 * groups in ~2 ms, and the diff itself (building the draft's rule index included) takes ~20-60 ms;
 * indexing the draft account (buildAccountIndex) costs ~70-150 ms more, outside this function.
 * Issue 8's budget (0.1x the parse) needs the draft's AccountIndex and rule index derived
 * incrementally from the current account's, as the draft appliers already keep unchanged lists by
 * identity (which the scope and the usable-resource cache of compute-access rely on).
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

interface Cell {
  destination: AccessDestinationRef;
  entries: AccessEntry[];
}

/** cells: a source's entries grouped per destination. */
function cells(entries: readonly AccessEntry[]): Map<string, Cell> {
  const out = new Map<string, Cell>();
  for (const e of entries) {
    const key = `${e.destination.type}:${e.destination.id}`;
    const cell = out.get(key);
    if (cell === undefined) out.set(key, { destination: e.destination, entries: [e] });
    else cell.entries.push(e);
  }
  return out;
}

/** grantKey: a grant as text; entries of one computation share their ports arrays, so this is cheap. */
const grantKey = (e: AccessEntry): string => `${e.protocol}|${e.ports.join(',')}`;

/** sameGrants: both cells hold the same grants (the common case: most cells of a source do not change). */
function sameGrants(a: Cell | undefined, b: Cell | undefined): boolean {
  if (a === undefined || b === undefined) return a === b;
  if (a.entries.length === 1 && b.entries.length === 1) return grantKey(a.entries[0] as AccessEntry) === grantKey(b.entries[0] as AccessEntry);
  const keys = new Set(a.entries.map(grantKey));
  const other = new Set(b.entries.map(grantKey));
  return keys.size === other.size && [...keys].every((k) => other.has(k));
}

const reachOf = (cell: Cell | undefined): Reach => (cell?.entries ?? []).reduce((r, e) => unionReach(r, reachOfGrant(e.protocol, e.ports)), NO_REACH);

function policyOf(index: AccountIndex, id: string | null): ViaPolicy {
  if (id === null) return { id: null, name: DEFAULT_ALLOW };
  return { id, name: index.policies.get(id)?.name ?? id };
}

/** via: the distinct policies of `cell` whose grant overlaps `part`. */
function via(index: AccountIndex, cell: Cell | undefined, part: Reach): ViaPolicy[] {
  const seen = new Map<string, ViaPolicy>();
  for (const e of cell?.entries ?? []) {
    if (!reachOverlaps(reachOfGrant(e.protocol, e.ports), part)) continue;
    const key = e.policy ?? '';
    if (!seen.has(key)) seen.set(key, policyOf(index, e.policy));
  }
  return [...seen.values()];
}

function sourceName(before: AccountIndex, after: AccountIndex, s: AccessSourceRef): string {
  const pick = (idx: AccountIndex) => (s.type === 'group' ? idx.groups.get(s.id)?.name : idx.peers.get(s.id)?.name);
  return pick(after) ?? pick(before) ?? s.id;
}

function destinationName(before: AccountIndex, after: AccountIndex, d: AccessDestinationRef): string {
  const pick = (idx: AccountIndex) => {
    switch (d.type) {
      case 'resource':
        return idx.resources.get(d.id)?.name;
      case 'peer':
        return idx.peers.get(d.id)?.name;
      case 'route':
        // the network identifier is what NetBird's dashboard shows for a route
        return idx.routes.get(d.id)?.network_id;
    }
  };
  return pick(after) ?? pick(before) ?? d.id;
}

function subjectOf(index: AccountIndex, s: AccessSourceRef): AccessSubject | null {
  if (s.type === 'group') {
    const group = index.groups.get(s.id);
    return group === undefined ? null : { kind: 'group', group };
  }
  const peer = index.peers.get(s.id);
  return peer === undefined ? null : { kind: 'peer', peer };
}

const entriesOf = (index: AccountIndex, s: AccessSourceRef): AccessEntry[] => {
  const subject = subjectOf(index, s);
  return subject === null ? [] : accessFor(index, subject);
};

/** sourceChanges: what one source gains and loses, per destination. */
export function sourceChanges(before: AccountIndex, after: AccountIndex, source: AccessSourceRef): AccessChange[] {
  const was = cells(entriesOf(before, source));
  const is = cells(entriesOf(after, source));
  const out: AccessChange[] = [];
  let named: NamedSource | null = null;
  for (const key of new Set([...was.keys(), ...is.keys()])) {
    const b = was.get(key);
    const a = is.get(key);
    if (sameGrants(a, b)) continue;
    const ra = reachOf(a);
    const rb = reachOf(b);
    const gained = subtractReach(ra, rb);
    const lost = subtractReach(rb, ra);
    if (isEmptyReach(gained) && isEmptyReach(lost)) continue;
    const destination = (a ?? b)?.destination;
    if (destination === undefined) continue;
    named ??= { ...source, name: sourceName(before, after, source) };
    out.push({
      source: named,
      destination: { ...destination, name: destinationName(before, after, destination) },
      gained: reachGrants(gained),
      lost: reachGrants(lost),
      gainedVia: via(after, a, gained),
      lostVia: via(before, b, lost),
    });
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
  for (const id of scope.groups) changes.push(...sourceChanges(before, after, { type: 'group', id }));
  for (const id of scope.peers) changes.push(...sourceChanges(before, after, { type: 'peer', id }));
  changes.sort(compareChanges);
  return { changes, examined: { groups: scope.groups.size, peers: scope.peers.size } };
}
