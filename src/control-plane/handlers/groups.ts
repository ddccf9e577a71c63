import { notFound } from '../http-error';
import type { HandlerContext, RouteDef } from '../router';
import { serializeGroup } from '../store/serialize';
import type { GroupRecord } from '../store/state';
import { validateGroupDeletion, validateGroupRequest } from '../validation/group';

/**
 * Groups: /api/groups. The group is the one source of truth for membership: PUT replaces its
 * peers and resources, and every peer's and resource's `groups` follow. Groups created over the
 * API are `issued: "api"`; an update keeps whatever issuer the group had.
 */
function requireGroup(ctx: HandlerContext): GroupRecord {
  const id = ctx.params.groupId ?? '';
  const g = ctx.store.state.groups.get(id);
  if (!g) throw notFound('group', id);
  return g;
}

export const groupRoutes: RouteDef[] = [
  {
    method: 'GET',
    path: '/api/groups',
    handle: ({ store }) => ({ body: [...store.state.groups.keys()].map((id) => serializeGroup(store.state, id)) }),
  },
  {
    method: 'POST',
    path: '/api/groups',
    handle: (ctx) => {
      const valid = validateGroupRequest(ctx.body(), ctx.store.state);
      const id = ctx.store.newId();
      ctx.store.state.groups.set(id, { id, issued: 'api', ...valid });
      ctx.store.changed();
      return { body: serializeGroup(ctx.store.state, id) };
    },
  },
  {
    method: 'GET',
    path: '/api/groups/{groupId}',
    handle: (ctx) => ({ body: serializeGroup(ctx.store.state, requireGroup(ctx).id) }),
  },
  {
    method: 'PUT',
    path: '/api/groups/{groupId}',
    handle: (ctx) => {
      const g = requireGroup(ctx);
      const valid = validateGroupRequest(ctx.body(), ctx.store.state, g);
      g.name = valid.name;
      g.peers = valid.peers;
      g.resources = valid.resources;
      ctx.store.changed();
      return { body: serializeGroup(ctx.store.state, g.id) };
    },
  },
  {
    method: 'DELETE',
    path: '/api/groups/{groupId}',
    handle: (ctx) => {
      const g = requireGroup(ctx);
      validateGroupDeletion(ctx.store.state, g);
      ctx.store.state.groups.delete(g.id);
      ctx.store.changed();
      return { body: {} };
    },
  },
];
