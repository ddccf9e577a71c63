import { refName } from '@/components/ref-paths';
import type { AccountIndex } from '@/domain/account';
import { parseIp } from '@/domain/net';
import { findPeer, parseDestination, pathRef, type TraceQuery, type TraceRef, type TraceResult, type TraceRoutingChoice, type TraceStageName } from '@/domain/trace';

/**
 * path-nodes: a trace as the hops a packet takes, client → routing peer → destination, for the
 * path diagram. The input chain ends at the routing peer itself (its own address), and peer to
 * peer has no routing peer, so a path has two or three hops.
 */

export interface PathNode {
  role: string;
  /** The object to link; null when there is none (no route, no reachable routing peer). */
  target: TraceRef | null;
  title: string;
  detail: string;
}

export interface TracePathView {
  nodes: PathNode[];
  /** The hop (edge i joins node i and i + 1) where the packet was dropped; null when allowed. */
  dropped_at: number | null;
}

const BEFORE_ROUTING_PEER: readonly TraceStageName[] = ['Received', 'Resolve', 'Routing', 'Peer connection'];

function destinationIp(index: AccountIndex, query: TraceQuery, result: TraceResult): string | null {
  const d = parseDestination(index, query.to);
  if (!d.ok) return null;
  if (d.value.target.kind === 'ip') return d.value.target.ip.text;
  for (const a of result.dns?.answers ?? []) {
    const ip = parseIp(a);
    if (ip.ok) return ip.value.text;
  }
  return null;
}

/** unreachedRoutingPeer: the routing peer the client would use but cannot, from the choice's candidates. */
function unreachedRoutingPeer(index: AccountIndex, choice: TraceRoutingChoice | null): PathNode {
  const first = choice?.rows[0];
  if (first === undefined) return { role: 'Routing peer', target: null, title: 'none', detail: '' };
  const more = (choice?.rows.length ?? 1) - 1;
  const why = first.label === 'not-connected' ? 'not connected: no policy links it' : 'unavailable';
  return { role: 'Routing peer', target: { type: 'peer', id: first.peerId }, title: index.peers.get(first.peerId)?.name ?? first.peerId, detail: more > 0 ? `${why} (and ${more} more)` : why };
}

/** tracePathView: the hops; `choice` names the routing peer the client could not use, when there is one. */
export function tracePathView(index: AccountIndex, query: TraceQuery, result: TraceResult, choice: TraceRoutingChoice | null = null): TracePathView {
  const source = findPeer(index, query.from);
  const peerName = (id: string) => index.peers.get(id)?.name ?? id;
  const ip = destinationIp(index, query, result);
  const destText = ip ?? query.to;
  const nodes: PathNode[] = [
    { role: 'Client', target: source === null ? null : { type: 'peer', id: source.id }, title: source?.name ?? query.from, detail: source?.ip ?? '' },
  ];
  const dest = pathRef(index, result.path);
  const rp = result.routing_peer;
  const routed = result.path.kind === 'network-resource' || result.path.kind === 'network-route' || result.path.kind === 'exit-node';

  if (result.path.kind === 'peer') {
    nodes.push({ role: 'Destination peer', target: dest, title: dest === null ? destText : refName(index, dest), detail: destText });
  } else if (routed) {
    if (rp !== null && result.chain === 'input') {
      nodes.push({ role: 'Routing peer (destination)', target: { type: 'peer', id: rp }, title: peerName(rp), detail: `${destText}: its own address` });
    } else {
      const nat = result.masquerade === null ? '' : result.masquerade ? `masquerade${result.source_after_nat !== null ? ` as ${result.source_after_nat}` : ''}` : 'no masquerade';
      nodes.push(rp === null ? unreachedRoutingPeer(index, choice) : { role: 'Routing peer', target: { type: 'peer', id: rp }, title: peerName(rp), detail: nat });
      const destRole = result.path.kind === 'network-resource' ? 'Resource' : result.path.kind === 'exit-node' ? 'Exit node' : 'Network route';
      nodes.push({ role: destRole, target: dest, title: dest === null ? destText : refName(index, dest), detail: destText });
    }
  } else {
    nodes.push({ role: 'Destination', target: null, title: destText, detail: result.dns !== null && ip === null ? 'does not resolve' : 'no route' });
  }

  let droppedAt: number | null = null;
  if (result.verdict === 'denied') {
    const denied = result.stages.find((s) => !s.allowed && s.stage !== 'Completed');
    droppedAt = denied !== undefined && BEFORE_ROUTING_PEER.includes(denied.stage) ? 0 : nodes.length - 2;
  }
  return { nodes, dropped_at: droppedAt };
}
