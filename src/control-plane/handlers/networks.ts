import { notFound } from '../http-error';
import type { HandlerContext, RouteDef } from '../router';
import { deleteNetwork } from '../store/cascade';
import { storeLookups } from '../store/lookups';
import { serializeNetwork } from '../store/serialize';
import { validateNetworkRequest } from '../validation/network';

/** Networks: /api/networks. Deleting a network deletes its resources and routers, as NetBird does (store/cascade.ts). */
function requireNetwork(ctx: HandlerContext, id: string) {
  const n = ctx.store.state.networks.get(id);
  if (!n) throw notFound('network', id);
  return n;
}

export const networkRoutes: RouteDef[] = [
  {
    method: 'GET',
    path: '/api/networks',
    handle: ({ store }) => {
      const lookups = storeLookups(store);
      return { body: [...store.state.networks.keys()].map((id) => serializeNetwork(store.state, id, lookups)) };
    },
  },
  {
    method: 'POST',
    path: '/api/networks',
    handle: (ctx) => {
      const req = validateNetworkRequest(ctx.body());
      const id = ctx.store.newId();
      ctx.store.state.networks.set(id, { id, name: req.name, description: req.description ?? '' });
      ctx.store.changed();
      return { body: serializeNetwork(ctx.store.state, id) };
    },
  },
  {
    method: 'GET',
    path: '/api/networks/{networkId}',
    handle: (ctx) => {
      const id = ctx.params.networkId ?? '';
      requireNetwork(ctx, id);
      return { body: serializeNetwork(ctx.store.state, id, storeLookups(ctx.store)) };
    },
  },
  {
    method: 'PUT',
    path: '/api/networks/{networkId}',
    handle: (ctx) => {
      const id = ctx.params.networkId ?? '';
      const n = requireNetwork(ctx, id);
      const req = validateNetworkRequest(ctx.body());
      n.name = req.name;
      n.description = req.description ?? '';
      ctx.store.changed();
      return { body: serializeNetwork(ctx.store.state, id) };
    },
  },
  {
    method: 'DELETE',
    path: '/api/networks/{networkId}',
    handle: (ctx) => {
      const id = ctx.params.networkId ?? '';
      requireNetwork(ctx, id);
      deleteNetwork(ctx.store.state, id);
      ctx.store.changed();
      return { body: {} };
    },
  },
];
