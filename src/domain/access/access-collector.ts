import { groupsOfResource, type AccountIndex } from '@/domain/account';
import type { SnapProtocol } from '@/domain/snapshot';
import { chainOf, rulePortTexts, type AccessDestinationRef, type AccessDestinationType, type AccessEntry, type AccessSourceRef } from './access-entry';
import { ruleHasDestinationPeer, ruleHasSourcePeer, ruleIndexOf, rulesFromPeer, rulesTowardPeer, type IndexedRule } from './rule-index';

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

export function accessCollector(index: AccountIndex, only?: readonly AccessDestinationType[]): AccessCollector {
  const rules = ruleIndexOf(index);
  const hasDrops = rules.rules.some((r) => r.action === 'drop');
  const sources = new Map<string, AccessSource>();
  const destinations: Record<AccessDestinationType, Map<string, { ref: AccessDestinationRef; num: number }>> = { resource: new Map(), peer: new Map(), route: new Map() };
  let destCount = 0;
  const grants = new Map<IndexedRule, Grant>();
  const signatures = new Map<string, number>();
  const seen = new Map<number, Set<number | string>>();
  const entries: AccessEntry[] = [];

  const grantOf = (r: IndexedRule): Grant => {
    let g = grants.get(r);
    if (g === undefined) {
      const ports = rulePortTexts(r);
      const key = `${r.protocol}|${ports.join(',')}`;
      let sig = signatures.get(key);
      if (sig === undefined) {
        sig = signatures.size + 1;
        signatures.set(key, sig);
      }
      g = { sig, protocol: r.protocol, ports };
      grants.set(r, g);
    }
    return g;
  };

  const dropsOf = (type: AccessSourceRef['type'], id: string): AccessSource['drops'] => {
    if (!hasDrops) return null;
    const isDrop = (r: IndexedRule) => r.action === 'drop';
    const isReverseDrop = (r: IndexedRule) => r.action === 'drop' && r.bidirectional;
    if (type === 'group') {
      return { forward: (rules.bySourceGroup.get(id) ?? []).filter(isDrop), reverse: (rules.byDestinationGroup.get(id) ?? []).filter(isReverseDrop) };
    }
    return { forward: rulesFromPeer(index, id).filter(isDrop), reverse: rulesTowardPeer(index, id).filter(isReverseDrop) };
  };

  /** dropsAgainst: the drop rules of `source` that void `grant` wherever their destination matches. */
  const dropsAgainst = (source: AccessSource, grant: IndexedRule): { forward: IndexedRule[]; reverse: IndexedRule[] } | null => {
    const drops = source.drops;
    if (drops === null) return null;
    const forward = drops.forward.filter((d) => dropCovers(d, grant));
    const reverse = drops.reverse.filter((d) => dropCovers(d, grant));
    return forward.length === 0 && reverse.length === 0 ? null : { forward, reverse };
  };

  const voided = (drops: { forward: IndexedRule[]; reverse: IndexedRule[] }, type: AccessDestinationType, id: string, acl: readonly string[]): boolean => {
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
  };

  return {
    entries,
    wants: (type) => only === undefined || only.includes(type),
    source(type, id) {
      const key = type === 'group' ? `g:${id}` : `p:${id}`;
      let s = sources.get(key);
      if (s === undefined) {
        s = { ref: { type, id }, num: sources.size, drops: dropsOf(type, id) };
        sources.set(key, s);
      }
      return s;
    },
    emit(source, type, ids, rule, acl = [], except = null) {
      if (only !== undefined && !only.includes(type)) return;
      const map = destinations[type];
      const chain = chainOf(type);
      const grant = rule === null ? DEFAULT_ALLOW : grantOf(rule);
      const policy = rule?.policy.id ?? null;
      const drops = rule === null ? null : dropsAgainst(source, rule);
      let set = seen.get(source.num);
      if (set === undefined) {
        set = new Set();
        seen.set(source.num, set);
      }
      for (const id of typeof ids === 'string' ? [ids] : ids) {
        if (id === except) continue;
        let dest = map.get(id);
        if (dest === undefined) {
          dest = { ref: { type, id }, num: destCount++ };
          map.set(id, dest);
        }
        // small-integer keys hash fastest; the rare overflow falls back to a string key
        const key: number | string = dest.num < SMALL_DEST_LIMIT && grant.sig < SMALL_SIG_LIMIT ? dest.num * SMALL_SIG_LIMIT + grant.sig : `${dest.num}:${grant.sig}`;
        if (set.has(key)) continue;
        if (drops !== null && voided(drops, type, id, acl)) continue;
        set.add(key);
        entries.push({ source: source.ref, destination: dest.ref, protocol: grant.protocol, ports: grant.ports, chain, policy });
      }
    },
  };
}
