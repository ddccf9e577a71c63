import { notFound } from '../http-error';
import type { HandlerContext, RouteDef } from '../router';
import { storeLookups } from '../store/lookups';
import { serializeRouter } from '../store/serialize';
import type { NetworkRecord, RouterRecord } from '../store/state';
import { validateNetworkRouterRequest, type ValidNetworkRouter } from '../validation/network-router';

/**
 * Network routers: /api/networks/{networkId}/routers, plus GET /api/networks/routers listing the
 * routers of every network with their `network_id`. An unknown network is a 404 before the body
 * is looked at; a router of another network is a 404 too.
 */
function requireNetwork(ctx: HandlerContext): NetworkRecord {
  const id = ctx.params.networkId ?? '';
  const n = ctx.store.state.networks.get(id);
  if (!n) throw notFound('network', id);
  return n;
}

function requireRouter(ctx: HandlerContext, networkId: string): RouterRecord {
  const id = ctx.params.routerId ?? '';
  const r = ctx.store.state.routers.get(id);
  if (!r || r.network_id !== networkId) throw notFound('network router', id);
  return r;
}

function routerRecord(id: string, networkId: string, v: ValidNetworkRouter): RouterRecord {
  return {
    id,
    network_id: networkId,
    ...(v.peer !== undefined ? { peer: v.peer } : {}),
    ...(v.peerGroups.length > 0 ? { peer_groups: v.peerGroups } : {}),
    metric: v.request.metric,
    masquerade: v.request.masquerade,
    enabled: v.request.enabled,
  };
}

/** GET /api/networks/routers. Listed before /api/networks/{networkId} so "routers" is not read as a network id. */
export const accountRouterRoutes: RouteDef[] = [
  {
    method: 'GET',
    path: '/api/networks/routers',
    handle: ({ store }) => ({
      body: [...store.state.routers.values()].map((r) => ({ ...serializeRouter(store.state, r.id), network_id: r.network_id })),
    }),
  },
];

export const networkRouterRoutes: RouteDef[] = [
  {
    method: 'GET',
    path: '/api/networks/{networkId}/routers',
    handle: (ctx) => {
      const n = requireNetwork(ctx);
      const { state } = ctx.store;
      return { body: storeLookups(ctx.store).routersOfNetwork(n.id).map((id) => serializeRouter(state, id)) };
    },
  },
  {
    method: 'POST',
    path: '/api/networks/{networkId}/routers',
    handle: (ctx) => {
      const n = requireNetwork(ctx);
      const valid = validateNetworkRouterRequest(ctx.body(), ctx.store.state);
      const id = ctx.store.newId();
      ctx.store.state.routers.set(id, routerRecord(id, n.id, valid));
      ctx.store.changed();
      return { body: serializeRouter(ctx.store.state, id) };
    },
  },
  {
    method: 'GET',
    path: '/api/networks/{networkId}/routers/{routerId}',
    handle: (ctx) => {
      const r = requireRouter(ctx, requireNetwork(ctx).id);
      return { body: serializeRouter(ctx.store.state, r.id) };
    },
  },
  {
    method: 'PUT',
    path: '/api/networks/{networkId}/routers/{routerId}',
    handle: (ctx) => {
      const n = requireNetwork(ctx);
      const r = requireRouter(ctx, n.id);
      const valid = validateNetworkRouterRequest(ctx.body(), ctx.store.state);
      ctx.store.state.routers.set(r.id, routerRecord(r.id, n.id, valid));
      ctx.store.changed();
      return { body: serializeRouter(ctx.store.state, r.id) };
    },
  },
  {
    method: 'DELETE',
    path: '/api/networks/{networkId}/routers/{routerId}',
    handle: (ctx) => {
      const r = requireRouter(ctx, requireNetwork(ctx).id);
      ctx.store.state.routers.delete(r.id);
      ctx.store.changed();
      return { body: {} };
    },
  },
];
