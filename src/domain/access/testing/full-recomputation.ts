import { peersOfGroup, type AccountIndex } from '@/domain/account';
import { sourceChanges, type AccessChange, type AccessDiff } from '../access-diff';

/**
 * full-recomputation (tests only): what an access diff got wrong, against recomputing every group
 * and peer of both accounts over every destination. The scope and the destination subset of
 * accessDiff may skip work, never a change: its group rows must be exactly those of every group;
 * each of its peer rows must be that peer's own row; and every peer whose own access changed
 * must be listed, or be a member of a group whose row changed (that row says it for the peer).
 */
export function missedByDiff(before: AccountIndex, after: AccountIndex, diff: AccessDiff): string[] {
  const problems: string[] = [];
  const ids = (f: (i: AccountIndex) => Iterable<string>) => new Set([...f(before), ...f(after)]);
  const full = [...ids((i) => i.groups.keys())].flatMap((id) => sourceChanges(before, after, { type: 'group', id }));
  const asText = (changes: readonly AccessChange[]) => changes.map((c) => JSON.stringify(c)).sort();
  const got = asText(diff.changes.filter((c) => c.source.type === 'group'));
  const want = asText(full);
  for (const row of want) if (!got.includes(row)) problems.push(`missing group row ${row}`);
  for (const row of got) if (!want.includes(row)) problems.push(`wrong group row ${row}`);

  const changedGroups = new Set(full.map((c) => c.source.id));
  const listedPeers = new Set(diff.changes.filter((c) => c.source.type === 'peer').map((c) => c.source.id));
  for (const id of ids((i) => i.peers.keys())) {
    const own = sourceChanges(before, after, { type: 'peer', id });
    if (own.length === 0) continue;
    const explained = listedPeers.has(id) || [...changedGroups].some((g) => peersOfGroup(before, g).has(id) || peersOfGroup(after, g).has(id));
    if (!explained) problems.push(`peer ${id} changed unseen: ${asText(own).join(' | ')}`);
  }
  for (const c of diff.changes.filter((x) => x.source.type === 'peer')) {
    if (!asText(sourceChanges(before, after, c.source)).includes(JSON.stringify(c))) problems.push(`wrong peer row ${JSON.stringify(c)}`);
  }
  return problems;
}
