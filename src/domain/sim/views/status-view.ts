import { parseCidr } from '@/domain/net';
import { netbirdRange } from '@/domain/rules/lint/masquerade';
import { latencySample } from '../noise';
import { linkHash, linkView, peerOnline } from '../sim-lab';
import { networkMapPeers } from './network-map';
import { legacyDestination, receivedResourcesOfNetwork, resourceDestination } from './route-destinations';
import { fqdn, type ViewContext } from './view-context';

/**
 * status-view: the equivalent of `netbird status -d` on a simulated peer at one moment: every
 * peer of its network map with status, connection type and latency, and the networks each one
 * carries for it right now.
 */

export type PeerConnStatus = 'Connected' | 'Idle' | 'Connecting';

export interface StatusPeer {
  id: string;
  fqdn: string;
  ip: string;
  status: PeerConnStatus;
  /** P2P or Relayed while connected; null otherwise. */
  connection: 'P2P' | 'Relayed' | null;
  latency_ms: number | null;
  /** The destinations this peer carries for the viewing peer now. */
  networks: string[];
}

export interface PeerStatusView {
  id: string;
  online: boolean;
  fqdn: string;
  ip: string;
  os: string;
  version: string;
  peers: StatusPeer[];
  /** Every destination routed through some peer now. */
  networks: string[];
  connected: number;
}

/** carriedNetworks: for each routing peer, the destinations it carries for the client now. */
function carriedNetworks(ctx: ViewContext, client: string): Map<string, string[]> {
  const out = new Map<string, string[]>();
  for (const track of ctx.tracksOf(client)) {
    const now = ctx.carrier(client, track.route);
    if (now === null || now.state !== 'routed' || now.peer === null) continue;
    const dests =
      track.kind === 'network'
        ? receivedResourcesOfNetwork(ctx.index, client, track.route).map((r) => resourceDestination(ctx.index, r))
        : ctx.index.snapshot.routes.filter((r) => r.network_id === track.route && r.enabled).map((r) => legacyDestination(ctx.index, r));
    const list = out.get(now.peer) ?? [];
    for (const d of dests) for (const text of d.network !== null ? [d.network] : d.domains) if (!list.includes(text)) list.push(text);
    out.set(now.peer, list);
  }
  return out;
}

export function peerStatus(ctx: ViewContext, peerId: string): PeerStatusView {
  const { index, world } = ctx;
  const self = index.peers.get(peerId);
  const online = peerOnline(world.lab, peerId);
  const carried = online ? carriedNetworks(ctx, peerId) : new Map<string, string[]>();
  const peers: StatusPeer[] = networkMapPeers(index, peerId).map((id) => {
    const link = linkView(world.lab, peerId, id);
    const up = online && peerOnline(world.lab, id);
    const status: PeerConnStatus = !up ? 'Connecting' : link.connection === 'idle' ? 'Idle' : 'Connected';
    const connected = status === 'Connected';
    return {
      id,
      fqdn: fqdn(index, id),
      ip: index.peers.get(id)?.ip ?? '',
      status,
      connection: connected ? (link.connection === 'relayed' ? 'Relayed' : 'P2P') : null,
      latency_ms: connected ? latencySample(ctx.seed, linkHash(world.lab, peerId, id), ctx.t, link.latency_ms, link.noise_ms) : null,
      networks: carried.get(id) ?? [],
    };
  });
  return {
    id: peerId,
    online,
    fqdn: fqdn(index, peerId),
    ip: self?.ip ?? '',
    os: self?.os ?? '',
    version: self?.version ?? '',
    peers,
    networks: [...new Set([...carried.values()].flat())],
    connected: peers.filter((p) => p.status === 'Connected').length,
  };
}

const ms = (v: number | null) => (v === null ? '0s' : `${Math.round(v * 100) / 100}ms`);

/** renderStatus: the text `netbird status -d` prints, for the fields the simulator knows. */
export function renderStatus(ctx: ViewContext, view: PeerStatusView): string {
  const range = parseCidr(netbirdRange(ctx.index));
  const mask = range.ok ? `/${range.value.prefix}` : '';
  const lines = ['Peers detail:'];
  for (const p of view.peers) {
    lines.push(` ${p.fqdn}:`, `  NetBird IP: ${p.ip}`, `  Status: ${p.status}`, '  -- detail --');
    lines.push(`  Connection type: ${p.connection ?? '-'}`);
    lines.push(`  Networks: ${p.networks.length > 0 ? p.networks.join(', ') : '-'}`);
    lines.push(`  Latency: ${ms(p.latency_ms)}`, '');
  }
  if (view.peers.length === 0) lines.push(' (no peers in its network map)', '');
  lines.push(
    `OS: ${view.os}`,
    `Daemon version: ${view.version}`,
    `Management: ${view.online ? 'Connected' : 'Disconnected'}`,
    `Signal: ${view.online ? 'Connected' : 'Disconnected'}`,
    `FQDN: ${view.fqdn}`,
    `NetBird IP: ${view.ip}${mask}`,
    `Networks: ${view.networks.length > 0 ? view.networks.join(', ') : '-'}`,
    `Peers count: ${view.connected}/${view.peers.length} Connected`,
  );
  return `${lines.join('\n')}\n`;
}
