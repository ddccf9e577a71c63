import { notFound } from '../http-error';
import type { HandlerContext, RouteDef } from '../router';
import { serializePeer } from '../store/serialize';
import type { PeerRecord, PolicyRuleRecord, StoreState } from '../store/state';
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

const hasSource = (r: PolicyRuleRecord) => (r.sources ?? []).length > 0 || Boolean(r.sourceResource);
const hasDestination = (r: PolicyRuleRecord) => (r.destinations ?? []).length > 0 || Boolean(r.destinationResource);

/**
 * forgetPeer removes every reference to a deleted peer:
 * - group membership;
 * - routers and legacy routes that name it as `peer`: the field is cleared, and a router or route
 *   left with neither `peer` nor `peer_groups` is deleted, since it could route through nobody and
 *   the router/route validation would refuse to save it as it is;
 * - policy rules that target it as a `peer` source/destination resource: the reference is dropped,
 *   then rules left without a source or destination and policies left without rules are deleted
 *   (the same cleanup as for a deleted network resource);
 * - its lab entry (simulator liveness, latencies), which describes a peer that no longer exists.
 */
function forgetPeer(state: StoreState, id: string): void {
  for (const g of state.groups.values()) g.peers = g.peers.filter((p) => p !== id);
  for (const r of [...state.routers.values()]) {
    if (r.peer !== id) continue;
    delete r.peer;
    if ((r.peer_groups ?? []).length === 0) state.routers.delete(r.id);
  }
  for (const r of [...state.routes.values()]) {
    if (r.peer !== id) continue;
    delete r.peer;
    if ((r.peer_groups ?? []).length === 0) state.routes.delete(r.id);
  }
  for (const p of [...state.policies.values()]) {
    let touched = false;
    for (const rule of p.rules) {
      if (rule.sourceResource?.type === 'peer' && rule.sourceResource.id === id) {
        delete rule.sourceResource;
        touched = true;
      }
      if (rule.destinationResource?.type === 'peer' && rule.destinationResource.id === id) {
        delete rule.destinationResource;
        touched = true;
      }
    }
    if (!touched) continue;
    p.rules = p.rules.filter((r) => hasSource(r) && hasDestination(r));
    if (p.rules.length === 0) state.policies.delete(p.id);
  }
  const labPeers = state.lab.peers;
  if (labPeers) {
    delete labPeers[id];
    for (const lab of Object.values(labPeers)) if (lab.latency_ms) delete lab.latency_ms[id];
  }
  state.peers.delete(id);
}

export const peerRoutes: RouteDef[] = [
  {
    method: 'GET',
    path: '/api/peers',
    handle: ({ store }) => ({ body: [...store.state.peers.keys()].map((id) => serializePeer(store.state, id)) }),
  },
  {
    method: 'GET',
    path: '/api/peers/{peerId}',
    handle: (ctx) => {
      const p = requirePeer(ctx, ctx.params.peerId ?? '');
      return { body: serializePeer(ctx.store.state, p.id) };
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
      forgetPeer(ctx.store.state, p.id);
      ctx.store.changed();
      return { body: {} };
    },
  },
];
