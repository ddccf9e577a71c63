import { routeRequestSchema, type RouteRequest } from '@/api/schemas';
import type { RefLookup } from '@/domain/rules/validate/field-issue';
import {
  presentPeer,
  presentPeerGroups,
  routeConflictIssues,
  routeTarget,
  validateRoute,
  type RouteServingLookup,
  type RouteTarget,
} from '@/domain/rules/validate/route';
import { conflict, invalid } from '../http-error';
import type { StoreState } from '../store/state';
import { parseRequest } from './parse-request';

/**
 * storeRefLookup: the domain validators' view of the store (which peers and groups exist, who is
 * in a group, names for messages). Shared by route, network router and network resource validation.
 */
export function storeRefLookup(state: StoreState): RefLookup & RouteServingLookup {
  return {
    hasGroup: (id) => state.groups.has(id),
    hasPeer: (id) => state.peers.has(id),
    hasNetwork: (id) => state.networks.has(id),
    groupName: (id) => state.groups.get(id)?.name,
    peerName: (id) => state.peers.get(id)?.name,
    peersOfGroup: (id) => state.groups.get(id)?.peers ?? [],
  };
}

/** ValidRoute: a route request that passed every rule, with its normalized target and routing peers. */
export interface ValidRoute {
  request: RouteRequest;
  target: RouteTarget;
  peer: string | undefined;
  peerGroups: string[];
}

/**
 * validateRouteRequest: 400 for an undecodable body, 422 for the first broken rule, 409 when a
 * peer would serve the same prefix or domain list twice. `selfId` is the route being updated.
 */
export function validateRouteRequest(body: unknown, state: StoreState, selfId?: string): ValidRoute {
  const request = parseRequest(routeRequestSchema, body);
  const refs = storeRefLookup(state);
  const first = validateRoute(request, refs)[0];
  if (first) throw invalid(first.message);
  const target = routeTarget(request);
  if (!target) throw invalid('a route needs either network (a CIDR such as 10.0.0.0/16) or domains');
  const clash = routeConflictIssues(request, selfId, state.routes.values(), refs)[0];
  if (clash) throw conflict(clash.message);
  return { request, target, peer: presentPeer(request), peerGroups: presentPeerGroups(request) };
}
