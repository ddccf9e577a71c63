import type { NetworkRouter, Peer } from '@/api';
import type { GroupRef } from '@/components/group-badges';
import { groupRefsFromIds } from '@/components/group-refs';

/**
 * RouterTarget: who a network router is. NetBird's router names exactly one of a single peer or
 * peer groups (every peer in them routes); a router that names neither is shown as such rather
 * than hidden, since it routes nothing.
 */
export type RouterTarget =
  | { kind: 'peer'; peerId: string; name: string; peer: Peer | undefined }
  | { kind: 'groups'; groups: GroupRef[]; name: string }
  | { kind: 'none'; name: string };

export function routerTarget(
  router: Pick<NetworkRouter, 'peer' | 'peer_groups'>,
  peersById: ReadonlyMap<string, Peer>,
  groupsById: ReadonlyMap<string, { id: string; name: string }>,
): RouterTarget {
  if (router.peer) {
    const peer = peersById.get(router.peer);
    return { kind: 'peer', peerId: router.peer, name: peer ? peer.name : router.peer, peer };
  }
  const groups = groupRefsFromIds(router.peer_groups, groupsById);
  if (groups.length > 0) return { kind: 'groups', groups, name: groups.map((g) => g.name).join(', ') };
  return { kind: 'none', name: 'No routing peer' };
}
