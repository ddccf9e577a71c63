import type { SnapGroup, SnapGroupRef, SnapResource, SnapResourceRef, Snapshot } from '@/domain/snapshot';

/**
 * draft/group: a group's name and members as the editor holds them (a POST/PUT /api/groups body),
 * applied to the account snapshot so the editor can show what the change would do (a network left
 * without routing peers, a policy whose destination becomes resources only) before saving.
 */

/** GroupRequestDraft: NetBird's GroupRequest: peer ids and `{id, type}` resource refs. */
export interface GroupRequestDraft {
  name: string;
  peers: readonly string[];
  resources: readonly SnapResourceRef[];
}

/** DRAFT_GROUP_ID: the id a group that does not exist yet carries inside a draft snapshot. */
export const DRAFT_GROUP_ID = 'nbrc-draft-group';

/**
 * applyGroupDraft: the snapshot with the group `groupId` (or, with null, a new group under
 * DRAFT_GROUP_ID) holding exactly the draft's members. Membership is written on both sides the API
 * shows it (the group's lists and each peer's and resource's `groups`), because analysis honours
 * both: a member left on one side only would still count.
 */
export function applyGroupDraft(snapshot: Snapshot, groupId: string | null, draft: GroupRequestDraft): Snapshot {
  const id = groupId ?? DRAFT_GROUP_ID;
  const peerIds = new Set(draft.peers);
  const resourceIds = new Set(draft.resources.filter((r) => r.type !== 'peer').map((r) => r.id));
  for (const r of draft.resources) if (r.type === 'peer') peerIds.add(r.id);
  const self: SnapGroupRef = { id, name: draft.name };
  const peerNames = new Map(snapshot.peers.map((p) => [p.id, p.name]));

  const group: SnapGroup = {
    id,
    name: draft.name,
    peers: [...peerIds].map((p) => {
      const name = peerNames.get(p);
      return name === undefined ? { id: p } : { id: p, name };
    }),
    resources: draft.resources.filter((r) => r.type !== 'peer').map((r) => ({ id: r.id, type: r.type })),
  };
  const exists = snapshot.groups.some((g) => g.id === id);
  const groups = exists ? snapshot.groups.map((g) => (g.id === id ? group : g)) : [...snapshot.groups, group];

  // Only items whose `groups` actually change get new objects, and a list none of whose items
  // changed is kept as is: the analysis worker ships changed objects by identity and the account
  // index reuses unchanged parts, so a one-group edit must not look like a whole-account change.
  const withMembership = <T extends { id: string; groups: readonly SnapGroupRef[] }>(item: T, member: boolean): T => {
    const at = item.groups.findIndex((g) => g.id === id);
    if (member && at !== -1 && item.groups[at]?.name === draft.name) return item;
    if (!member && at === -1) return item;
    const others = item.groups.filter((g) => g.id !== id);
    return { ...item, groups: member ? [...others, self] : others };
  };
  const peers = mapKeepingIdentity(snapshot.peers, (p) => withMembership(p, peerIds.has(p.id)));
  let resourcesChanged = false;
  const network_resources: Record<string, readonly SnapResource[]> = {};
  for (const [networkId, list] of Object.entries(snapshot.network_resources)) {
    const next = mapKeepingIdentity(list, (r) => withMembership(r, resourceIds.has(r.id)));
    if (next !== list) resourcesChanged = true;
    network_resources[networkId] = next;
  }
  return {
    ...snapshot,
    groups,
    peers,
    network_resources: resourcesChanged ? network_resources : snapshot.network_resources,
  };
}

/** mapKeepingIdentity: `list.map(f)`, or `list` itself when `f` returned every item unchanged. */
function mapKeepingIdentity<T>(list: readonly T[], f: (item: T) => T): readonly T[] {
  let changed = false;
  const next = list.map((item) => {
    const mapped = f(item);
    if (mapped !== item) changed = true;
    return mapped;
  });
  return changed ? next : list;
}
