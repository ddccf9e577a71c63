import { groupsOfResource, type AccountIndex } from '@/domain/account';
import type { SnapProtocol } from '@/domain/snapshot';
import { chainOf, rulePortTexts, type AccessDestinationRef, type AccessDestinationType, type AccessEntry, type AccessSourceRef } from './access-entry';
import { ruleHasDestinationPeer, ruleHasSourcePeer, ruleIndexOf, rulesFromPeer, rulesTowardPeer, type IndexedRule, type RuleIndex } from './rule-index';

/**
 * access-collector: gathers access entries without duplicates and without grants a drop rule
 * voids entirely. Sources, destinations and grant signatures are interned as numbers so that
 * hundreds of thousands of cells cost one small object each.
 */

export interface AccessSource {
  ref: AccessSourceRef;
  num: number;
  /** Drop rules whose sources hold this source, and bidirectional ones whose destinations do. */
  drops: { forward: readonly IndexedRule[]; reverse: readonly IndexedRule[] } | null;
}

interface Grant {
  sig: number;
  protocol: SnapProtocol;
  ports: readonly string[];
}

export interface AccessCollector {
  entries: AccessEntry[];
  /** wants: is this kind of destination asked for at all? */
  wants(type: AccessDestinationType): boolean;
  source(type: AccessSourceRef['type'], id: string): AccessSource;
  /**
   * emit adds `source` → each of `ids` (one id or many) granted by `grant`, skipping `except`
   * (a peer is not its own destination). `grant` null is the default allow of a legacy route
   * without ACL groups; `acl` are the route's ACL groups.
   */
  emit(source: AccessSource, type: AccessDestinationType, ids: string | Iterable<string>, grant: IndexedRule | null, acl?: readonly string[], except?: string | null): void;
}

/** Keys below 2^30 stay small integers in V8: 2^19 destinations × 2^11 grant signatures. */
const SMALL_DEST_LIMIT = 524_288;
const SMALL_SIG_LIMIT = 2048;

const DEFAULT_ALLOW: Grant = { sig: 0, protocol: 'all', ports: [] };

/**
 * dropCovers: a drop rule voids the whole grant when it drops every protocol, or the same
 * protocol on every port the grant opens. Partial overlaps leave the entry (the trace shows them).
 */
export function dropCovers(drop: IndexedRule, grant: IndexedRule): boolean {
  if (drop.protocol === 'all') return true;
  if (drop.protocol !== grant.protocol) return false;
  if (drop.ports === null) return true;
  const dropPorts = drop.ports;
  return grant.ports !== null && grant.ports.every((g) => dropPorts.some((d) => d.start <= g.start && g.end <= d.end));
}

/**
 * DestinationSubset: resources and peers to keep as destinations (every route is kept): the
 * access diff's way to compute only the cells a policy edit can change.
 */
export interface DestinationSubset {
  resources: ReadonlySet<string>;
  peers: ReadonlySet<string>;
}

interface Destination {
  ref: AccessDestinationRef;
  num: number;
}

type Drops = { forward: IndexedRule[]; reverse: IndexedRule[] };

const isDrop = (r: IndexedRule) => r.action === 'drop';
const isReverseDrop = (r: IndexedRule) => r.action === 'drop' && r.bidirectional;

/**
 * Collector: a class, not a set of closures, on purpose: V8 shares one optimized `emit` between
 * collectors, where it optimized each collector's own closure anew (the access diff makes a few
 * collectors per edit, and spent more time compiling `emit` than running it).
 */
class Collector implements AccessCollector {
  readonly entries: AccessEntry[] = [];
  private readonly index: AccountIndex;
  private readonly only: readonly AccessDestinationType[] | undefined;
  private readonly within: DestinationSubset | undefined;
  private readonly rules: RuleIndex;
  private readonly sources = new Map<string, AccessSource>();
  private readonly destinations: Record<AccessDestinationType, Map<string, Destination>> = { resource: new Map(), peer: new Map(), route: new Map() };
  private destCount = 0;
  private readonly grants = new Map<IndexedRule, Grant>();
  private readonly signatures = new Map<string, number>();
  private readonly seen = new Map<number, Set<number | string>>();

  constructor(index: AccountIndex, only: readonly AccessDestinationType[] | undefined, within: DestinationSubset | undefined) {
    this.index = index;
    this.only = only;
    this.within = within;
    this.rules = ruleIndexOf(index);
  }

  wants(type: AccessDestinationType): boolean {
    return this.only === undefined || this.only.includes(type);
  }

  source(type: AccessSourceRef['type'], id: string): AccessSource {
    const key = type === 'group' ? `g:${id}` : `p:${id}`;
    let s = this.sources.get(key);
    if (s === undefined) {
      s = { ref: { type, id }, num: this.sources.size, drops: this.dropsOf(type, id) };
      this.sources.set(key, s);
    }
    return s;
  }

  emit(source: AccessSource, type: AccessDestinationType, ids: string | Iterable<string>, rule: IndexedRule | null, acl: readonly string[] = [], except: string | null = null): void {
    if (!this.wants(type)) return;
    const map = this.destinations[type];
    const chain = chainOf(type);
    const grant = rule === null ? DEFAULT_ALLOW : this.grantOf(rule);
    const policy = rule?.policy.id ?? null;
    const drops = rule === null ? null : dropsAgainst(source, rule);
    const within = this.within;
    const kept = within === undefined ? null : type === 'resource' ? within.resources : type === 'peer' ? within.peers : null;
    let set = this.seen.get(source.num);
    if (set === undefined) {
      set = new Set();
      this.seen.set(source.num, set);
    }
    for (const id of typeof ids === 'string' ? [ids] : ids) {
      if (id === except || (kept !== null && !kept.has(id))) continue;
      let dest = map.get(id);
      if (dest === undefined) {
        dest = { ref: { type, id }, num: this.destCount++ };
        map.set(id, dest);
      }
      // small-integer keys hash fastest; the rare overflow falls back to a string key
      const key: number | string = dest.num < SMALL_DEST_LIMIT && grant.sig < SMALL_SIG_LIMIT ? dest.num * SMALL_SIG_LIMIT + grant.sig : `${dest.num}:${grant.sig}`;
      if (set.has(key)) continue;
      if (drops !== null && this.voided(drops, type, id, acl)) continue;
      set.add(key);
      this.entries.push({ source: source.ref, destination: dest.ref, protocol: grant.protocol, ports: grant.ports, chain, policy });
    }
  }

  private grantOf(r: IndexedRule): Grant {
    let g = this.grants.get(r);
    if (g === undefined) {
      const ports = rulePortTexts(r);
      const key = `${r.protocol}|${ports.join(',')}`;
      let sig = this.signatures.get(key);
      if (sig === undefined) {
        sig = this.signatures.size + 1;
        this.signatures.set(key, sig);
      }
      g = { sig, protocol: r.protocol, ports };
      this.grants.set(r, g);
    }
    return g;
  }

  private dropsOf(type: AccessSourceRef['type'], id: string): AccessSource['drops'] {
    if (!this.rules.hasDrops) return null;
    if (type === 'group') {
      return { forward: (this.rules.bySourceGroup.get(id) ?? []).filter(isDrop), reverse: (this.rules.byDestinationGroup.get(id) ?? []).filter(isReverseDrop) };
    }
    return { forward: rulesFromPeer(this.index, id).filter(isDrop), reverse: rulesTowardPeer(this.index, id).filter(isReverseDrop) };
  }

  private voided(drops: Drops, type: AccessDestinationType, id: string, acl: readonly string[]): boolean {
    const index = this.index;
    switch (type) {
      case 'resource': {
        const groups = groupsOfResource(index, id);
        return drops.forward.some((d) => d.destinationResource === id || d.destinationGroups.some((g) => groups.includes(g)));
      }
      case 'peer':
        return drops.forward.some((d) => ruleHasDestinationPeer(index, d, id)) || drops.reverse.some((d) => ruleHasSourcePeer(index, d, id));
      case 'route':
        return drops.forward.some((d) => d.destinationGroups.some((g) => acl.includes(g)));
    }
  }
}

/** dropsAgainst: the drop rules of `source` that void `grant` wherever their destination matches. */
function dropsAgainst(source: AccessSource, grant: IndexedRule): Drops | null {
  const drops = source.drops;
  if (drops === null) return null;
  const forward = drops.forward.filter((d) => dropCovers(d, grant));
  const reverse = drops.reverse.filter((d) => dropCovers(d, grant));
  return forward.length === 0 && reverse.length === 0 ? null : { forward, reverse };
}

export function accessCollector(index: AccountIndex, only?: readonly AccessDestinationType[], within?: DestinationSubset): AccessCollector {
  return new Collector(index, only, within);
}
