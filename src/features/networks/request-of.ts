import type { NetworkResource, NetworkResourceRequest, NetworkRouterRequest } from '@/api';
import type { SnapRouter } from '@/domain/snapshot';

/**
 * request-of: the PUT body that keeps an object as it is except for `patch`. NetBird's PUT
 * replaces the whole object, so bulk edits and drains send every field back.
 */
export function resourceRequestOf(r: NetworkResource, patch: Partial<NetworkResourceRequest> = {}): NetworkResourceRequest {
  return { name: r.name, description: r.description ?? '', address: r.address, enabled: r.enabled, groups: r.groups.map((g) => g.id), ...patch };
}

export function routerRequestOf(r: SnapRouter, patch: Partial<NetworkRouterRequest> = {}): NetworkRouterRequest {
  const base: NetworkRouterRequest = r.peer
    ? { peer: r.peer, peer_groups: [], metric: r.metric, masquerade: r.masquerade, enabled: r.enabled }
    : { peer_groups: [...(r.peer_groups ?? [])], metric: r.metric, masquerade: r.masquerade, enabled: r.enabled };
  return { ...base, ...patch };
}
