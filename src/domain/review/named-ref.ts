import { type AccountIndex } from '@/domain/account';
import { assertNever } from '@/domain/assert-never';
import { routeIndexOf } from '@/domain/routing/route-index';
import type { FindingRef, RefType } from '@/domain/rules/lint';

/**
 * named-ref: a finding's object reference with what a page needs to show and link it without the
 * account index: its name as the admin knows it, the network a resource or router lives in (their
 * pages are under it), and whether a route is an exit node (exit nodes have their own pages).
 */
export interface NamedRef {
  type: RefType;
  id: string;
  name: string;
  /** The network of a resource or router; null for other objects or when the account lost it. */
  networkId: string | null;
  /** A legacy route of the whole address space (0.0.0.0/0 or ::/0). */
  exitNode: boolean;
  /** False when the account no longer has the object (the page shows the id, unlinked). */
  known: boolean;
}

/** REF_KIND_TEXT: each kind of object in words, for labels and group headings. */
export const REF_KIND_TEXT: Record<RefType, string> = {
  peer: 'peer',
  group: 'group',
  policy: 'policy',
  route: 'network route',
  network: 'network',
  resource: 'resource',
  router: 'routing peer',
  nameserver_group: 'nameserver group',
  account: 'account',
};

/** refKindText: the kind in words; a route of the whole address space is an exit node. */
export const refKindText = (ref: Pick<NamedRef, 'type' | 'exitNode'>): string => (ref.type === 'route' && ref.exitNode ? 'exit node' : REF_KIND_TEXT[ref.type]);

/** routerName: routers have no name: call them by the peer or peer groups they stand for. */
function routerName(index: AccountIndex, id: string): string | undefined {
  const r = index.routers.get(id);
  if (r === undefined) return undefined;
  if (r.peer) return index.peers.get(r.peer)?.name ?? r.peer;
  return (r.peer_groups ?? []).map((g) => index.groups.get(g)?.name ?? g).join(', ') || id;
}

function nameOf(index: AccountIndex, ref: FindingRef): string | undefined {
  switch (ref.type) {
    case 'peer':
      return index.peers.get(ref.id)?.name;
    case 'group':
      return index.groups.get(ref.id)?.name;
    case 'policy':
      return index.policies.get(ref.id)?.name;
    case 'route':
      // The network identifier is what NetBird's dashboard and `netbird networks ls` show.
      return index.routes.get(ref.id)?.network_id;
    case 'network':
      return index.networks.get(ref.id)?.name;
    case 'resource':
      return index.resources.get(ref.id)?.name;
    case 'router':
      return routerName(index, ref.id);
    case 'nameserver_group':
      return index.snapshot.nameservers.find((n) => n.id === ref.id)?.name;
    case 'account':
      return index.snapshot.account.id === ref.id ? 'Account settings' : undefined;
    default:
      return assertNever(ref.type);
  }
}

export function namedRef(index: AccountIndex, ref: FindingRef): NamedRef {
  const name = nameOf(index, ref);
  const networkId = ref.type === 'resource' ? (index.resources.get(ref.id)?.network_id ?? null) : ref.type === 'router' ? (index.routers.get(ref.id)?.network_id ?? null) : null;
  const exitNode = ref.type === 'route' && routeIndexOf(index).routeCidr.get(ref.id)?.prefix === 0;
  return { type: ref.type, id: ref.id, name: name ?? ref.id, networkId, exitNode, known: name !== undefined };
}
