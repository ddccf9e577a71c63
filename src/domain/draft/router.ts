import type { SnapRouter, Snapshot } from '@/domain/snapshot';

/**
 * draft/router: a network router (routing peer) as if it were saved, applied to an account
 * snapshot, so the editor and the HA panel rank and check "the network after this save": how many
 * routing peers serve it, who takes over when one is drained.
 */

/** DRAFT_ROUTER_ID: the id a router being created carries in a draft snapshot. */
export const DRAFT_ROUTER_ID = '__draft-router__';

/** RouterDraft: the router request fields, plus the id of the router being edited. */
export interface RouterDraft {
  id?: string | undefined;
  peer?: string | undefined;
  peer_groups?: readonly string[] | null | undefined;
  metric: number;
  masquerade: boolean;
  enabled: boolean;
}

/** applyRouterDraft: the snapshot with the draft saved in `networkId` (replacing the router with its id). */
export function applyRouterDraft(s: Snapshot, networkId: string, d: RouterDraft): Snapshot {
  const id = d.id ?? DRAFT_ROUTER_ID;
  const router: SnapRouter = {
    id,
    ...(d.peer ? { peer: d.peer } : {}),
    peer_groups: d.peer ? null : [...(d.peer_groups ?? [])],
    metric: d.metric,
    masquerade: d.masquerade,
    enabled: d.enabled,
  };
  const list = s.network_routers[networkId] ?? [];
  const at = list.findIndex((r) => r.id === id);
  const next = at >= 0 ? list.map((r, i) => (i === at ? router : r)) : [...list, router];
  return { ...s, network_routers: { ...s.network_routers, [networkId]: next } };
}

/** patchRouters: the snapshot with some routers of a network changed (a drain, a bulk enable). */
export function patchRouters(s: Snapshot, networkId: string, ids: readonly string[], patch: Partial<Pick<SnapRouter, 'metric' | 'enabled' | 'masquerade'>>): Snapshot {
  const wanted = new Set(ids);
  const list = s.network_routers[networkId] ?? [];
  return { ...s, network_routers: { ...s.network_routers, [networkId]: list.map((r) => (wanted.has(r.id) ? { ...r, ...patch } : r)) } };
}

/** withoutRouter: the snapshot with the router removed from its network. */
export function withoutRouter(s: Snapshot, networkId: string, routerId: string): Snapshot {
  const list = s.network_routers[networkId] ?? [];
  return { ...s, network_routers: { ...s.network_routers, [networkId]: list.filter((r) => r.id !== routerId) } };
}
