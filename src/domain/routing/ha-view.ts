import { isPeerOnline, routingPeerIds, type AccountIndex } from '@/domain/account';
import type { SnapRoute } from '@/domain/snapshot';
import type { RoutingCandidate } from './choose-routing-peer';
import { haStatus, sharedFailureDomainOf, type HaStatus } from './ha-status';
import { rankRoutingPeers, type RankLabel } from './routing-ranking';

/**
 * ha-view: what the honest HA panel shows for one network or one legacy HA route set: every
 * routing peer in the order clients rank them (status, then metric; latency is per client, so
 * equal metrics are "latency-balanced"), what it is doing, and what is wrong with the setup. It
 * takes "carriers" (routers or routes, resolved to distinct peers), so networks and route sets
 * share it.
 */

/** HaCarrier: one router or route, with the distinct peers it stands for. */
export interface HaCarrier {
  id: string;
  kind: 'router' | 'route';
  /** How the admin knows it: "dc-router-a", "peer group eu-routers", "route dc-lan". */
  label: string;
  enabled: boolean;
  metric: number;
  peerIds: readonly string[];
}

/** HaPeerFacts: what the panel shows of a peer (from the API and the lab). */
export interface HaPeerFacts {
  id: string;
  name: string;
  os: string;
  online: boolean;
  failureDomain?: string | undefined;
  lanIp?: string | undefined;
}

export type HaPeerFlag =
  /** Named by more than one enabled carrier (a peer and a group, or two groups): it still counts once. */
  | { kind: 'counted-twice'; carriers: string[] }
  | { kind: 'disconnected' }
  /** Named by disabled carriers: those carry nothing. */
  | { kind: 'disabled'; carriers: string[] }
  | { kind: 'unknown-peer' };

/** HaRowLabel: the client ranking's label, or `disabled` for a peer only disabled carriers name. */
export type HaRowLabel = RankLabel | 'disabled';

export interface HaRow {
  peerId: string;
  name: string;
  os: string;
  online: boolean;
  failureDomain: string | undefined;
  lanIp: string | undefined;
  /** The lowest metric among the enabled carriers naming it (what clients use); the carriers' metric when disabled. */
  metric: number;
  /** 1-based client rank; null for disabled rows. */
  rank: number | null;
  label: HaRowLabel;
  /** The carriers naming this peer, enabled first. */
  carriers: HaCarrier[];
  flags: HaPeerFlag[];
}

export interface HaView {
  rows: HaRow[];
  status: HaStatus;
  /** Enabled carriers that stand for no peer (an empty peer group). */
  emptyCarriers: HaCarrier[];
  /** The failure domain all enabled peers share, when known. */
  sharedFailureDomain: string | null;
}

/** PeerFactsLookup: the facts of a peer id, or undefined when the account does not know it. */
export type PeerFactsLookup = (peerId: string) => HaPeerFacts | undefined;

function candidate(peerId: string, metric: number, online: boolean): RoutingCandidate {
  return { id: peerId, metric, status: online ? 'connected' : 'connecting', relayed: false, latency_ms: null, latency_noise_ms: null, degraded_for_s: null };
}

/** buildHaView: rank and label the distinct peers of the carriers, and flag what weakens HA. */
export function buildHaView(carriers: readonly HaCarrier[], facts: PeerFactsLookup): HaView {
  const byPeer = new Map<string, { enabled: HaCarrier[]; disabled: HaCarrier[] }>();
  for (const c of carriers) {
    for (const p of new Set(c.peerIds)) {
      const entry = byPeer.get(p) ?? { enabled: [], disabled: [] };
      (c.enabled ? entry.enabled : entry.disabled).push(c);
      byPeer.set(p, entry);
    }
  }
  const factsOf = (id: string): HaPeerFacts => facts(id) ?? { id, name: id, os: '', online: false };
  const enabledPeers = [...byPeer].filter(([, e]) => e.enabled.length > 0);
  const metricOf = (list: readonly HaCarrier[]) => Math.min(...list.map((c) => c.metric));
  const ranked = rankRoutingPeers(enabledPeers.map(([id, e]) => candidate(id, metricOf(e.enabled), factsOf(id).online)));

  const rowFor = (peerId: string, rank: number | null, label: HaRowLabel): HaRow => {
    const entry = byPeer.get(peerId) ?? { enabled: [], disabled: [] };
    const f = factsOf(peerId);
    const flags: HaPeerFlag[] = [];
    if (facts(peerId) === undefined) flags.push({ kind: 'unknown-peer' });
    if (entry.enabled.length > 1) flags.push({ kind: 'counted-twice', carriers: entry.enabled.map((c) => c.label) });
    if (!f.online) flags.push({ kind: 'disconnected' });
    if (entry.disabled.length > 0) flags.push({ kind: 'disabled', carriers: entry.disabled.map((c) => c.label) });
    return {
      peerId,
      name: f.name,
      os: f.os,
      online: f.online,
      failureDomain: f.failureDomain,
      lanIp: f.lanIp,
      metric: metricOf(entry.enabled.length > 0 ? entry.enabled : entry.disabled),
      rank,
      label,
      carriers: [...entry.enabled, ...entry.disabled],
      flags,
    };
  };

  const rows = ranked.map((r) => rowFor(r.candidate.id, r.rank, r.label));
  for (const [id, e] of byPeer) if (e.enabled.length === 0) rows.push(rowFor(id, null, 'disabled'));
  const statusPeers = enabledPeers.map(([id]) => {
    const f = factsOf(id);
    return { id, online: f.online, failureDomain: f.failureDomain };
  });
  return {
    rows,
    status: haStatus(statusPeers),
    emptyCarriers: carriers.filter((c) => c.enabled && c.peerIds.length === 0),
    sharedFailureDomain: sharedFailureDomainOf(statusPeers),
  };
}

/** peerFactsFrom: peer facts from an account (API peer + lab liveness, failure domain, LAN address). */
export function peerFactsFrom(index: AccountIndex): PeerFactsLookup {
  return (id) => {
    const p = index.peers.get(id);
    if (p === undefined) return undefined;
    const lab = index.lab(id);
    return { id, name: p.name, os: p.os, online: isPeerOnline(index, id), failureDomain: lab.failure_domain, lanIp: lab.lan_ip };
  };
}

/** carrierTargetLabel: the peer's name, or "peer group eu-routers" (groups named, in order). */
function carrierTargetLabel(index: AccountIndex, t: { peer?: string | undefined; peer_groups?: readonly string[] | null | undefined }): string {
  if (t.peer) return index.peers.get(t.peer)?.name ?? t.peer;
  const groups = (t.peer_groups ?? []).map((g) => index.groups.get(g)?.name ?? g);
  if (groups.length === 0) return 'no routing peer';
  return `peer group${groups.length > 1 ? 's' : ''} ${groups.join(', ')}`;
}

/** networkHaCarriers: the routers of a network as carriers. */
export function networkHaCarriers(index: AccountIndex, networkId: string): HaCarrier[] {
  return (index.routersOfNetwork.get(networkId) ?? []).map((r) => ({
    id: r.id,
    kind: 'router',
    label: carrierTargetLabel(index, r),
    enabled: r.enabled,
    metric: r.metric,
    peerIds: routingPeerIds(index, r),
  }));
}

/** routeSetHaCarriers: the routes of one legacy HA route set as carriers. */
export function routeSetHaCarriers(index: AccountIndex, routes: readonly SnapRoute[]): HaCarrier[] {
  return routes.map((r) => ({
    id: r.id,
    kind: 'route',
    label: `${carrierTargetLabel(index, r)} (route ${r.id})`,
    enabled: r.enabled,
    metric: r.metric,
    peerIds: routingPeerIds(index, r),
  }));
}

export const networkHaView = (index: AccountIndex, networkId: string): HaView => buildHaView(networkHaCarriers(index, networkId), peerFactsFrom(index));

export const routeSetHaView = (index: AccountIndex, routes: readonly SnapRoute[]): HaView => buildHaView(routeSetHaCarriers(index, routes), peerFactsFrom(index));

/** carryingRows: the peers clients send traffic through: the primary, or the latency-balanced set. */
export const carryingRows = (view: HaView): HaRow[] => view.rows.filter((r) => r.label === 'primary' || r.label === 'latency-balanced');
