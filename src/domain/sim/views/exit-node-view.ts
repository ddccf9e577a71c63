import { activeExitNode } from '@/domain/routing/route-lookup';
import { routingPeerIds } from '@/domain/account';
import { peerLink } from '@/domain/access/decide-acl';
import { peerName, type ViewContext } from './view-context';

/**
 * exit-node-view: the exit node a peer's internet traffic leaves through now: the active exit
 * node (selected, else the auto-applied one) and the routing peer carrying it at this moment.
 */
export interface ExitNodeView {
  /** The exit node's network identifier; null when the peer uses none. */
  id: string | null;
  autoApplied: boolean;
  /** The routing peer carrying it now; null when none is available. */
  via: string | null;
  /** Why no routing peer carries it, when none does. */
  problem: string | null;
}

export function exitNodeOf(ctx: ViewContext, peerId: string): ExitNodeView {
  const exit = activeExitNode(ctx.index, peerId);
  if (exit === null) return { id: null, autoApplied: false, via: null, problem: null };
  const now = ctx.carrier(peerId, exit.network_id);
  const via = now?.state === 'routed' ? now.peer : null;
  let problem: string | null = null;
  if (via === null) {
    const peers = [...new Set(exit.routes.flatMap((r) => routingPeerIds(ctx.index, r)))].filter((p) => p !== peerId);
    const linked = peers.filter((p) => peerLink(ctx.index, peerId, p) !== null);
    if (now?.state === 'offline') problem = 'the peer is offline';
    else if (linked.length === 0) problem = `no enabled policy links it with ${peers.map((p) => peerName(ctx.index, p)).join(', ')} (an exit node needs at least an ICMP policy)`;
    else problem = `no routing peer available (${linked.map((p) => peerName(ctx.index, p)).join(', ')} down)`;
  }
  return { id: exit.network_id, autoApplied: !exit.selected, via, problem };
}

export function renderExitNode(ctx: ViewContext, view: ExitNodeView): string {
  if (view.id === null) return 'Exit node: none (internet traffic leaves through the local network)\n';
  const how = view.autoApplied ? 'auto-applied' : 'selected';
  return view.via !== null ? `Exit node: ${view.id} (${how}) via ${peerName(ctx.index, view.via)}\n` : `Exit node: ${view.id} (${how}), not in use: ${view.problem ?? 'no routing peer available'}\n`;
}
