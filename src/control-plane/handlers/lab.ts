import { labSchema } from '@/api/schemas';
import { HttpError } from '../http-error';
import type { RouteDef } from '../router';
import type { StoreState } from '../store/state';

/**
 * Lab: what NetBird's API does not know (simulated liveness, failure domains, LAN addresses,
 * latencies, DNS answers), kept with the account by our control plane only. The path is ours, not
 * NetBird's: a real management server answers 404 there, and the console then keeps lab data in
 * the browser instead. Setting a peer's `online` also sets its API `connected` flag, so the demo
 * account's peers list follows the simulator.
 */
function applyLiveness(state: StoreState): void {
  for (const [peerId, lab] of Object.entries(state.lab.peers ?? {})) {
    const peer = state.peers.get(peerId);
    if (peer && lab.online !== undefined) peer.connected = lab.online;
  }
}

export const labRoutes: RouteDef[] = [
  { method: 'GET', path: '/api/nbrc/lab', handle: ({ store }) => ({ body: store.state.lab }) },
  {
    method: 'PUT',
    path: '/api/nbrc/lab',
    handle: (ctx) => {
      const parsed = labSchema.safeParse(ctx.body());
      if (!parsed.success) {
        const first = parsed.error.issues[0];
        throw new HttpError(422, `invalid lab data: ${first ? `${first.path.join('.') || 'body'}: ${first.message}` : 'unexpected shape'}`);
      }
      const unknown = Object.keys(parsed.data.peers ?? {}).filter((id) => !ctx.store.state.peers.has(id));
      if (unknown.length > 0) throw new HttpError(422, `lab data names unknown peers: ${unknown.slice(0, 5).join(', ')}`);
      ctx.store.state.lab = parsed.data;
      applyLiveness(ctx.store.state);
      ctx.store.changed();
      return { body: ctx.store.state.lab };
    },
  },
];
