import { networkResourceRequestSchema, type NetworkResourceRequest } from '@/api/schemas';
import type { ResourceAddress } from '@/domain/net';
import { normalizeResourceAddress, validateNetworkResource, type ResourceNameLookup } from '@/domain/rules/validate/network-resource';
import { invalid } from '../http-error';
import type { StoreState } from '../store/state';
import { parseRequest } from './parse-request';
import { storeRefLookup } from './route';

/** ValidNetworkResource: a resource request that passed every rule, with its classified address. */
export interface ValidNetworkResource {
  request: NetworkResourceRequest;
  address: ResourceAddress;
}

function resourceNames(state: StoreState): ResourceNameLookup {
  return {
    resourceNamed(name) {
      for (const r of state.resources.values()) {
        if (r.name.trim() === name) return { id: r.id, networkName: state.networks.get(r.network_id)?.name };
      }
      return undefined;
    },
  };
}

/**
 * validateNetworkResourceRequest: 400 for an undecodable body, 422 for the first broken rule
 * (including an address that is neither IP, CIDR nor domain). `selfId` is the resource being updated.
 */
export function validateNetworkResourceRequest(body: unknown, state: StoreState, selfId?: string): ValidNetworkResource {
  const request = parseRequest(networkResourceRequestSchema, body);
  const first = validateNetworkResource(request, storeRefLookup(state), resourceNames(state), selfId)[0];
  if (first) throw invalid(first.message);
  const address = normalizeResourceAddress(request.address);
  if (!address.ok) throw invalid(`invalid address: ${address.error}`);
  return { request, address: address.value };
}
