import { notFound } from '../http-error';
import type { HandlerContext, RouteDef } from '../router';
import { storeLookups } from '../store/lookups';
import { serializePeer } from '../store/serialize';
import { deletePeer } from '../store/cascade';
import type { PeerRecord } from '../store/state';
import { validatePeerRequest } from '../validation/peer';

/**
 * Peers: /api/peers. Peers are never created over the API: they register with a setup key. A
 * peer's `groups` are derived from group membership, so an update cannot change them (NetBird's
 * PeerRequest has no groups either; membership is edited on the group).
 */
function requirePeer(ctx: HandlerContext, id: string): PeerRecord {
  const p = ctx.store.state.peers.get(id);
  if (!p) throw notFound('peer', id);
  return p;
}

export const peerRoutes: RouteDef[] = [
  {
    method: 'GET',
    path: '/api/peers',
    handle: ({ store, query }) => {
      // NetBird filters the list by exact name and overlay IP when asked.
      const name = query.get('name');
      const ip = query.get('ip');
      const peers = [...store.state.peers.values()].filter((p) => (name === null || p.name === name) && (ip === null || p.ip === ip));
      const lookups = storeLookups(store);
      return { body: peers.map((p) => serializePeer(store.state, p.id, lookups)) };
    },
  },
  {
    method: 'GET',
    path: '/api/peers/{peerId}',
    handle: (ctx) => {
      const p = requirePeer(ctx, ctx.params.peerId ?? '');
      return { body: serializePeer(ctx.store.state, p.id, storeLookups(ctx.store)) };
    },
  },
  {
    method: 'PUT',
    path: '/api/peers/{peerId}',
    handle: (ctx) => {
      const p = requirePeer(ctx, ctx.params.peerId ?? '');
      const req = validatePeerRequest(ctx.body());
      p.name = req.name;
      p.login_expiration_enabled = req.login_expiration_enabled;
      p.extra = {
        ...p.extra,
        ssh_enabled: req.ssh_enabled,
        inactivity_expiration_enabled: req.inactivity_expiration_enabled,
        ...(req.approval_required !== undefined ? { approval_required: req.approval_required } : {}),
      };
      ctx.store.changed();
      return { body: serializePeer(ctx.store.state, p.id) };
    },
  },
  {
    method: 'DELETE',
    path: '/api/peers/{peerId}',
    handle: (ctx) => {
      const p = requirePeer(ctx, ctx.params.peerId ?? '');
      deletePeer(ctx.store.state, p.id);
      ctx.store.changed();
      return { body: {} };
    },
  },
];
