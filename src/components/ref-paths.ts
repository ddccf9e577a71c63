import type { AccountIndex } from '@/domain/account';
import { assertNever } from '@/domain/assert-never';
import type { FixTarget, TraceRef } from '@/domain/trace';

/**
 * ref-paths: where each object a trace names lives in the console, and what to call it. The
 * URL shapes are those of the areas' routes (networks/:id/resources/:id and so on). Shared by the
 * Trace and Review pages, which both link the objects an analysis names.
 */

const enc = encodeURIComponent;

export function refPath(ref: TraceRef): string {
  switch (ref.type) {
    case 'peer':
      return `/peers/${enc(ref.id)}`;
    case 'policy':
      return `/policies/${enc(ref.id)}`;
    case 'group':
      return `/groups/${enc(ref.id)}`;
    case 'network':
      return `/networks/${enc(ref.id)}`;
    case 'resource':
      return `/networks/${enc(ref.network_id)}/resources/${enc(ref.id)}`;
    case 'router':
      return `/networks/${enc(ref.network_id)}/routers/${enc(ref.id)}`;
    case 'route':
      return `/routes/${enc(ref.id)}`;
    case 'exit-node':
      return `/exit-nodes/${enc(ref.id)}`;
    default:
      return assertNever(ref);
  }
}

/** refName: the object's name as the admin knows it; the id when the account no longer has it. */
export function refName(index: AccountIndex, ref: TraceRef): string {
  switch (ref.type) {
    case 'peer':
      return index.peers.get(ref.id)?.name ?? ref.id;
    case 'policy':
      return index.policies.get(ref.id)?.name ?? ref.id;
    case 'group':
      return index.groups.get(ref.id)?.name ?? ref.id;
    case 'network':
      return index.networks.get(ref.id)?.name ?? ref.id;
    case 'resource':
      return index.resources.get(ref.id)?.name ?? ref.id;
    case 'router': {
      // Routers have no name: call them by the peer or peer groups they stand for.
      const r = index.routers.get(ref.id);
      if (r === undefined) return ref.id;
      if (r.peer) return index.peers.get(r.peer)?.name ?? r.peer;
      return (r.peer_groups ?? []).map((g) => index.groups.get(g)?.name ?? g).join(', ') || ref.id;
    }
    case 'route':
    case 'exit-node':
      // The network identifier is what NetBird's dashboard and `netbird networks ls` show.
      return index.routes.get(ref.id)?.network_id ?? ref.id;
    default:
      return assertNever(ref);
  }
}

/** refKind: the object's kind in words, for labels ("Open policy …"). */
export function refKind(ref: TraceRef): string {
  switch (ref.type) {
    case 'peer':
      return 'peer';
    case 'policy':
      return 'policy';
    case 'group':
      return 'group';
    case 'network':
      return 'network';
    case 'resource':
      return 'resource';
    case 'router':
      return 'routing peer';
    case 'route':
      return 'network route';
    case 'exit-node':
      return 'exit node';
    default:
      return assertNever(ref);
  }
}

export interface FixLink {
  to: string;
  label: string;
}

/** fixLink: a fix target as a link: the object to change, or the area to add a new one in. */
export function fixLink(index: AccountIndex, target: FixTarget): FixLink {
  if (target.kind === 'object') return { to: refPath(target.ref), label: `Open ${refKind(target.ref)} ${refName(index, target.ref)}` };
  switch (target.area) {
    case 'policies':
      return { to: '/policies', label: 'Go to Policies' };
    case 'networks':
      return { to: '/networks', label: 'Go to Networks' };
    case 'dns':
      return { to: '/dns', label: 'Go to DNS' };
    default:
      return assertNever(target.area);
  }
}
