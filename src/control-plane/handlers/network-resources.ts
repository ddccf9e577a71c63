import type { NetworkResourceType } from '@/api/schemas';
import { notFound } from '../http-error';
import type { HandlerContext, RouteDef } from '../router';
import { storeLookups } from '../store/lookups';
import { serializeResource } from '../store/serialize';
import { deleteResource } from '../store/cascade';
import type { NetworkRecord, ResourceRecord, StoreState } from '../store/state';
import { validateNetworkResourceRequest, type ValidNetworkResource } from '../validation/network-resource';

/**
 * Network resources: /api/networks/{networkId}/resources. The request's `groups` become
 * memberships on the group side (group.resources gets `{id, type}`), the single source of truth
 * the serializer derives `resource.groups` from; PUT replaces them. A resource of another network
 * is a 404, like an unknown network.
 */
function requireNetwork(ctx: HandlerContext): NetworkRecord {
  const id = ctx.params.networkId ?? '';
  const n = ctx.store.state.networks.get(id);
  if (!n) throw notFound('network', id);
  return n;
}

function requireResource(ctx: HandlerContext, networkId: string): ResourceRecord {
  const id = ctx.params.resourceId ?? '';
  const r = ctx.store.state.resources.get(id);
  if (!r || r.network_id !== networkId) throw notFound('network resource', id);
  return r;
}

/** setMemberships makes the resource a member of exactly `groupIds`, keeping each group's order. */
function setMemberships(state: StoreState, resourceId: string, type: NetworkResourceType, groupIds: readonly string[]): void {
  const wanted = new Set(groupIds);
  for (const g of state.groups.values()) {
    const at = g.resources.findIndex((r) => r.id === resourceId);
    if (!wanted.has(g.id)) {
      if (at >= 0) g.resources.splice(at, 1);
    } else if (at >= 0) {
      g.resources[at] = { id: resourceId, type };
    } else {
      g.resources.push({ id: resourceId, type });
    }
  }
}

/** retypePolicyRefs keeps `{id, type}` in policy rules right when an update changes the address kind. */
function retypePolicyRefs(state: StoreState, resourceId: string, type: NetworkResourceType): void {
  for (const p of state.policies.values()) {
    for (const rule of p.rules) {
      if (rule.sourceResource?.id === resourceId) rule.sourceResource = { id: resourceId, type };
      if (rule.destinationResource?.id === resourceId) rule.destinationResource = { id: resourceId, type };
    }
  }
}

function resourceRecord(id: string, networkId: string, v: ValidNetworkResource): ResourceRecord {
  return {
    id,
    network_id: networkId,
    name: v.request.name.trim(),
    description: v.request.description ?? '',
    address: v.address.address,
    enabled: v.request.enabled,
  };
}

/**
 * GET /api/nbrc/networks/resources: the resources of every network, each with its `network_id`,
 * in one answer. NetBird lists all routers at once (GET /api/networks/routers) but resources only
 * per network, so reading a whole account cost one request per network: 1,000 round trips (each
 * with its CORS preflight) for a large account, most of the time a browser took to open the Review
 * page. The path is ours, like the lab's: a real server answers 404 and the console reads per network.
 */
export const accountResourceRoutes: RouteDef[] = [
  {
    method: 'GET',
    path: '/api/nbrc/networks/resources',
    handle: ({ store }) => {
      const lookups = storeLookups(store);
      return { body: [...store.state.resources.values()].map((r) => ({ ...serializeResource(store.state, r.id, lookups), network_id: r.network_id })) };
    },
  },
];

export const networkResourceRoutes: RouteDef[] = [
  {
    method: 'GET',
    path: '/api/networks/{networkId}/resources',
    handle: (ctx) => {
      const n = requireNetwork(ctx);
      const { state } = ctx.store;
      const lookups = storeLookups(ctx.store);
      return { body: lookups.resourcesOfNetwork(n.id).map((id) => serializeResource(state, id, lookups)) };
    },
  },
  {
    method: 'POST',
    path: '/api/networks/{networkId}/resources',
    handle: (ctx) => {
      const n = requireNetwork(ctx);
      const { state } = ctx.store;
      const valid = validateNetworkResourceRequest(ctx.body(), state);
      const id = ctx.store.newId();
      state.resources.set(id, resourceRecord(id, n.id, valid));
      setMemberships(state, id, valid.address.type, valid.request.groups);
      ctx.store.changed();
      return { body: serializeResource(state, id) };
    },
  },
  {
    method: 'GET',
    path: '/api/networks/{networkId}/resources/{resourceId}',
    handle: (ctx) => {
      const r = requireResource(ctx, requireNetwork(ctx).id);
      return { body: serializeResource(ctx.store.state, r.id, storeLookups(ctx.store)) };
    },
  },
  {
    method: 'PUT',
    path: '/api/networks/{networkId}/resources/{resourceId}',
    handle: (ctx) => {
      const n = requireNetwork(ctx);
      const r = requireResource(ctx, n.id);
      const { state } = ctx.store;
      const valid = validateNetworkResourceRequest(ctx.body(), state, r.id);
      state.resources.set(r.id, resourceRecord(r.id, n.id, valid));
      setMemberships(state, r.id, valid.address.type, valid.request.groups);
      retypePolicyRefs(state, r.id, valid.address.type);
      ctx.store.changed();
      return { body: serializeResource(state, r.id) };
    },
  },
  {
    method: 'DELETE',
    path: '/api/networks/{networkId}/resources/{resourceId}',
    handle: (ctx) => {
      const r = requireResource(ctx, requireNetwork(ctx).id);
      const { state } = ctx.store;
      deleteResource(state, r.id);
      ctx.store.changed();
      return { body: {} };
    },
  },
];
