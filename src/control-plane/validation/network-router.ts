import { networkRouterRequestSchema, type NetworkRouterRequest } from '@/api/schemas';
import { validateNetworkRouter } from '@/domain/rules/validate/network-router';
import { presentPeer, presentPeerGroups } from '@/domain/rules/validate/route';
import { invalid } from '../http-error';
import type { StoreState } from '../store/state';
import { parseRequest } from './parse-request';
import { storeRefLookup } from './route';

/** ValidNetworkRouter: a router request that passed every rule; empty `peer`/`peer_groups` are dropped. */
export interface ValidNetworkRouter {
  request: NetworkRouterRequest;
  peer: string | undefined;
  peerGroups: string[];
}

/** validateNetworkRouterRequest: 400 for an undecodable body, 422 for the first broken rule. */
export function validateNetworkRouterRequest(body: unknown, state: StoreState): ValidNetworkRouter {
  const request = parseRequest(networkRouterRequestSchema, body);
  const first = validateNetworkRouter(request, storeRefLookup(state))[0];
  if (first) throw invalid(first.message);
  return { request, peer: presentPeer(request), peerGroups: presentPeerGroups(request) };
}
