import type { SnapRoute, Snapshot } from '@/domain/snapshot';
import { presentPeer, routeTarget } from '@/domain/rules/validate/route';

/**
 * draft/route: a legacy route being edited, applied to the account snapshot "as if saved", so the
 * editors ask the same domain functions as the linter (ACL warning, masquerade and HA, exit-node
 * checks) about the draft instead of about what the server holds.
 */

/** RouteDraftValues: a route as an editor holds it; NetBird's RouteRequest has exactly these fields. */
export interface RouteDraftValues {
  network_id: string;
  description: string;
  enabled: boolean;
  peer?: string | undefined;
  peer_groups?: string[] | null | undefined;
  network?: string | undefined;
  domains?: string[] | null | undefined;
  metric: number;
  masquerade: boolean;
  groups: string[];
  keep_route: boolean;
  access_control_groups?: string[] | null | undefined;
  skip_auto_apply?: boolean | undefined;
}

/** NEW_ROUTE_ID: the id a route being created has in the draft snapshot (no stored route has it). */
export const NEW_ROUTE_ID = 'draft:new-route';

/**
 * routeDraftFrom: the request body that rewrites a stored route unchanged (PUT needs every field),
 * so callers change one field (enabled, masquerade) and send the rest as stored.
 */
export function routeDraftFrom(route: SnapRoute): RouteDraftValues {
  const peer = presentPeer(route);
  const draft: RouteDraftValues = {
    network_id: route.network_id,
    description: route.description,
    enabled: route.enabled,
    metric: route.metric,
    masquerade: route.masquerade,
    groups: [...route.groups],
    keep_route: route.keep_route,
    access_control_groups: [...(route.access_control_groups ?? [])],
  };
  if (peer !== undefined) draft.peer = peer;
  else draft.peer_groups = [...(route.peer_groups ?? [])];
  if ((route.domains ?? []).length > 0) draft.domains = [...(route.domains ?? [])];
  else if (route.network !== undefined) draft.network = route.network;
  if (route.skip_auto_apply !== undefined) draft.skip_auto_apply = route.skip_auto_apply;
  return draft;
}

/**
 * snapRouteOf: the route the server would store for a draft: the target normalized (masked CIDR,
 * punycode domains) when valid, else kept as typed, so analysis of a half-typed draft still runs.
 */
export function snapRouteOf(draft: RouteDraftValues, id: string): SnapRoute {
  const target = routeTarget(draft);
  const peer = presentPeer(draft);
  const route: SnapRoute = {
    id,
    network_id: draft.network_id,
    description: draft.description,
    network_type: target?.network_type ?? ((draft.domains ?? []).length > 0 ? 'Domain' : 'IPv4'),
    enabled: draft.enabled,
    metric: draft.metric,
    masquerade: draft.masquerade,
    groups: [...draft.groups],
    keep_route: draft.keep_route,
    access_control_groups: [...(draft.access_control_groups ?? [])],
    peer_groups: peer === undefined ? [...(draft.peer_groups ?? [])] : [],
  };
  if (peer !== undefined) route.peer = peer;
  if (target?.kind === 'network') route.network = target.network;
  else if (target?.kind === 'domains') route.domains = target.domains;
  else if ((draft.domains ?? []).length > 0) route.domains = [...(draft.domains ?? [])];
  else if (draft.network !== undefined) route.network = draft.network;
  if (draft.skip_auto_apply !== undefined) route.skip_auto_apply = draft.skip_auto_apply;
  return route;
}

/**
 * applyRouteDraft: the snapshot with the draft saved: it replaces the route `routeId`, or is added
 * as NEW_ROUTE_ID when `routeId` is undefined. The input snapshot is not changed.
 */
export function applyRouteDraft(snapshot: Snapshot, draft: RouteDraftValues, routeId?: string): Snapshot {
  const id = routeId ?? NEW_ROUTE_ID;
  const route = snapRouteOf(draft, id);
  const exists = snapshot.routes.some((r) => r.id === id);
  const routes = exists ? snapshot.routes.map((r) => (r.id === id ? route : r)) : [...snapshot.routes, route];
  return { ...snapshot, routes };
}
