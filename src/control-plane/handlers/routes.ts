import { notFound } from '../http-error';
import type { HandlerContext, RouteDef } from '../router';
import type { RouteRecord } from '../store/state';
import { validateRouteRequest, type ValidRoute } from '../validation/route';

/**
 * Legacy network routes: /api/routes. The stored route is the wire object itself, normalized on
 * write: `network` masked ("10.10.1.5/16" -> "10.10.0.0/16"), `domains` in punycode, and
 * `network_type` derived. NetBird answers a domain route with `network: "invalid Prefix"` and a
 * CIDR route with `domains: []`; we omit the field that does not apply instead.
 */
function requireRoute(ctx: HandlerContext, id: string): RouteRecord {
  const r = ctx.store.state.routes.get(id);
  if (!r) throw notFound('route', id);
  return r;
}

function routeRecord(id: string, v: ValidRoute): RouteRecord {
  const { request: req, target } = v;
  const acl = req.access_control_groups ?? [];
  return {
    id,
    network_type: target.network_type,
    description: req.description,
    network_id: req.network_id,
    enabled: req.enabled,
    ...(v.peer !== undefined ? { peer: v.peer } : {}),
    ...(v.peerGroups.length > 0 ? { peer_groups: v.peerGroups } : {}),
    ...(target.kind === 'network' ? { network: target.network } : { domains: target.domains }),
    metric: req.metric,
    masquerade: req.masquerade,
    groups: [...req.groups],
    keep_route: req.keep_route,
    ...(acl.length > 0 ? { access_control_groups: [...acl] } : {}),
    skip_auto_apply: req.skip_auto_apply ?? false,
  };
}

export const routeRoutes: RouteDef[] = [
  {
    method: 'GET',
    path: '/api/routes',
    handle: ({ store }) => ({ body: [...store.state.routes.values()].map((r) => structuredClone(r)) }),
  },
  {
    method: 'POST',
    path: '/api/routes',
    handle: (ctx) => {
      const valid = validateRouteRequest(ctx.body(), ctx.store.state);
      const id = ctx.store.newId();
      const record = routeRecord(id, valid);
      ctx.store.state.routes.set(id, record);
      ctx.store.changed();
      return { body: structuredClone(record) };
    },
  },
  {
    method: 'GET',
    path: '/api/routes/{routeId}',
    handle: (ctx) => ({ body: structuredClone(requireRoute(ctx, ctx.params.routeId ?? '')) }),
  },
  {
    method: 'PUT',
    path: '/api/routes/{routeId}',
    handle: (ctx) => {
      const id = ctx.params.routeId ?? '';
      requireRoute(ctx, id);
      const record = routeRecord(id, validateRouteRequest(ctx.body(), ctx.store.state, id));
      ctx.store.state.routes.set(id, record);
      ctx.store.changed();
      return { body: structuredClone(record) };
    },
  },
  {
    method: 'DELETE',
    path: '/api/routes/{routeId}',
    handle: (ctx) => {
      const id = ctx.params.routeId ?? '';
      requireRoute(ctx, id);
      ctx.store.state.routes.delete(id);
      ctx.store.changed();
      return { body: {} };
    },
  },
];
