import { peersOfGroup, type AccountIndex } from '@/domain/account';
import type { NftSet } from './nft';

/**
 * source-sets: the peers a rule admits, as named address sets (NetBird keeps one ipset per
 * group combination instead of one rule per peer). Sets are numbered in order of first use and
 * shared by every rule with the same sources, so the listing stays short and stable.
 */
export interface SetRegistry {
  index: AccountIndex;
  /** The routing peer itself never appears as a source of its own rules. */
  self: string;
  sets: NftSet[];
  byKey: Map<string, NftSet>;
}

export const newSetRegistry = (index: AccountIndex, self: string): SetRegistry => ({ index, self, sets: [], byKey: new Map() });

export interface Sources {
  groups: readonly string[];
  peer: string | null;
}

function groupNames(index: AccountIndex, src: Sources): string {
  const names = src.groups.map((g) => index.groups.get(g)?.name ?? g);
  if (src.peer !== null) names.push(`peer ${index.peers.get(src.peer)?.name ?? src.peer}`);
  return names.join(', ');
}

/**
 * sourceSet: the set of the sources' addresses in one family, or null when it would be empty (a
 * rule whose source groups hold no other peer admits nobody, and NetBird installs nothing for it).
 */
export function sourceSet(reg: SetRegistry, src: Sources, family: 4 | 6): NftSet | null {
  const key = `${family}|${[...src.groups].sort().join(',')}|${src.peer ?? ''}`;
  const known = reg.byKey.get(key);
  if (known !== undefined) return known.elements.length === 0 ? null : known;
  const ids = new Set<string>();
  for (const g of src.groups) for (const p of peersOfGroup(reg.index, g)) ids.add(p);
  if (src.peer !== null) ids.add(src.peer);
  ids.delete(reg.self);
  const elements: string[] = [];
  for (const id of ids) {
    const peer = reg.index.peers.get(id);
    const ip = family === 4 ? peer?.ip : peer?.ipv6;
    if (ip) elements.push(ip);
  }
  const set: NftSet = {
    name: `nb-src-${nextNumber(reg, 'nb-src-')}`,
    type: family === 4 ? 'ipv4_addr' : 'ipv6_addr',
    interval: false,
    elements,
    comment: `peers of ${groupNames(reg.index, src)}`,
  };
  reg.byKey.set(key, set);
  if (elements.length > 0) reg.sets.push(set);
  return elements.length === 0 ? null : set;
}

/** nextNumber: sets of each kind are numbered from 1 in order of first use. */
const nextNumber = (reg: SetRegistry, prefix: string): number => reg.sets.filter((s) => s.name.startsWith(prefix)).length + 1;

/** domainSet: the addresses a routed domain resolves to; the agent fills it as its DNS forwarder answers. */
export function domainSet(reg: SetRegistry, id: string, domain: string, answers: readonly string[], family: 4 | 6): NftSet {
  const key = `domain|${family}|${id}`;
  const known = reg.byKey.get(key);
  if (known !== undefined) return known;
  const set: NftSet = {
    name: `nb-dom-${nextNumber(reg, 'nb-dom-')}`,
    type: family === 4 ? 'ipv4_addr' : 'ipv6_addr',
    interval: false,
    elements: answers.filter((a) => (family === 4 ? !a.includes(':') : a.includes(':'))),
    comment: `addresses of ${domain}, filled as they resolve`,
  };
  reg.byKey.set(key, set);
  reg.sets.push(set);
  return set;
}
