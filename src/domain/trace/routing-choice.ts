import type { AccountIndex } from '@/domain/account';
import type { CandidateStatus } from '@/domain/routing/choose-routing-peer';
import { explainChoice } from '@/domain/routing/choose-for-client';
import { routeIndexOf } from '@/domain/routing/route-index';
import { activeExitNode, receivesRoute } from '@/domain/routing/route-lookup';
import { rankRoutingPeers, type RankLabel } from '@/domain/routing/routing-ranking';
import { routeRoutingOptions, type RoutingPeerOption } from '@/domain/routing/route-candidates';
import type { SnapRoute } from '@/domain/snapshot';
import { findPeer, peerLabel } from './find-peer';
import type { TraceContext } from './trace-context';
import type { TraceQuery } from './trace-packet';
import type { TraceResult } from './trace-result';
import { planProblem, planRoute, type RoutedMatch, type RoutePlan } from './trace-routed';

/**
 * routing-choice: the routing-peer decision behind a trace, with every candidate, for a view
 * that shows "why this routing peer" next to the verdict. The trace's JSON keeps only the chosen
 * peer (a contract); this re-plans the same match with the same inputs, so the two cannot
 * disagree.
 */

/**
 * RoutingChoiceLabel: a ranked candidate's label (routing-ranking.ts), or `not-connected` for a
 * routing peer of a legacy route or exit node that no policy links with the client: the client
 * never connects to it, so it is not a candidate at all.
 */
export type RoutingChoiceLabel = RankLabel | 'not-connected';

export interface RoutingChoiceRow {
  peerId: string;
  /** 1-based rank among the candidates; null for `not-connected`. */
  rank: number | null;
  label: RoutingChoiceLabel;
  /** The link state the choice used; null for `not-connected`. */
  status: CandidateStatus | null;
  relayed: boolean | null;
  latency_ms: number | null;
  metric: number;
  masquerade: boolean;
  /** The network router or legacy route that makes this peer a routing peer. */
  via: { kind: 'router'; id: string; network_id: string } | { kind: 'route'; id: string };
  chosen: boolean;
}

export interface TraceRoutingChoice {
  /** The key the client's choice is kept under: the network id, or the routes' network_id. */
  route_key: string;
  /** One sentence: why the chosen peer carries the route, or why none does. */
  explanation: string;
  /** Candidates best first, then the peers the client does not connect to. */
  rows: RoutingChoiceRow[];
}

function sameDestination(a: SnapRoute, b: SnapRoute, index: AccountIndex): boolean {
  if (a.network_type === 'Domain' || b.network_type === 'Domain') {
    const domains = new Set(a.domains ?? []);
    return (b.domains ?? []).some((d) => domains.has(d));
  }
  const ri = routeIndexOf(index);
  return ri.routeCidr.get(a.id)?.text === ri.routeCidr.get(b.id)?.text;
}

/** routedMatchOf: the match a trace's path stands for, rebuilt from the account (null when not routed). */
function routedMatchOf(ctx: TraceContext, result: TraceResult, query: TraceQuery): RoutedMatch | null {
  const { index, source } = ctx;
  const { path } = result;
  if (path.id === null || path.network_id === null || result.reason === 'ipv6-blocked') return null;
  switch (path.kind) {
    case 'peer':
    case 'none':
      return null;
    case 'network-resource': {
      const resource = index.resources.get(path.id);
      return resource === undefined ? null : { kind: 'network-resource', resource, via: 'prefix', matched: resource.address };
    }
    case 'network-route': {
      const route = index.routes.get(path.id);
      if (route === undefined) return null;
      const routes = index.snapshot.routes.filter((r) => r.network_id === path.network_id && receivesRoute(index, source.id, r) && sameDestination(r, route, index));
      return { kind: 'network-route', network_id: path.network_id, routes, via: 'prefix', matched: '' };
    }
    case 'exit-node': {
      const route = index.routes.get(path.id);
      if (route === undefined) return null;
      const exit = activeExitNode(index, source.id, { selectedExitNode: query.selectedExitNode });
      const routes = (exit?.routes ?? [route]).filter((r) => r.network_id === path.network_id && sameDestination(r, route, index));
      return { kind: 'exit-node', network_id: path.network_id, routes, selected: exit?.selected ?? false };
    }
  }
}

function viaOf(o: RoutingPeerOption): RoutingChoiceRow['via'] {
  return o.via.kind === 'router' ? { kind: 'router', id: o.via.router.id, network_id: o.via.router.network_id } : { kind: 'route', id: o.via.route.id };
}

function rowsOf(ctx: TraceContext, routeKey: string, plan: RoutePlan, m: RoutedMatch): RoutingChoiceRow[] {
  switch (plan.kind) {
    case 'no-options':
      return [];
    case 'no-link':
      return plan.options.map((o) => ({ peerId: o.peerId, rank: null, label: 'not-connected', status: null, relayed: null, latency_ms: null, metric: o.metric, masquerade: o.masquerade, via: viaOf(o), chosen: false }));
    case 'unavailable':
    case 'chosen': {
      const choice = plan.choice;
      const byPeer = new Map(choice.options.map((o) => [o.peerId, o]));
      const chosenId = plan.kind === 'chosen' ? plan.option.peerId : null;
      const rows: RoutingChoiceRow[] = rankRoutingPeers(choice.candidates, ctx.state.current?.[routeKey] ?? null).flatMap(({ candidate, rank, label }) => {
        const o = byPeer.get(candidate.id);
        if (o === undefined) return [];
        return [{ peerId: o.peerId, rank, label, status: candidate.status, relayed: candidate.relayed, latency_ms: candidate.latency_ms, metric: o.metric, masquerade: o.masquerade, via: viaOf(o), chosen: o.peerId === chosenId }];
      });
      if (m.kind !== 'network-resource') {
        // Legacy routes: the peers no policy links with the client never entered the choice.
        const offered = new Set(choice.options.map((o) => o.peerId));
        for (const o of routeRoutingOptions(ctx.index, m.routes, ctx.source.id)) if (!offered.has(o.peerId)) rows.push({ peerId: o.peerId, rank: null, label: 'not-connected', status: null, relayed: null, latency_ms: null, metric: o.metric, masquerade: o.masquerade, via: viaOf(o), chosen: false });
      }
      return rows;
    }
  }
}

/**
 * traceRoutingChoice: the routing-peer choice of a routed trace (network resource, network
 * route, exit node), or null when the packet takes no routing peer (peer to peer, no route,
 * IPv6 blocked) or the query names no source.
 */
export function traceRoutingChoice(index: AccountIndex, query: TraceQuery, result: TraceResult): TraceRoutingChoice | null {
  const source = findPeer(index, query.from);
  if (source === null) return null;
  const ctx: TraceContext = { index, source, packet: { protocol: 'all', port: null }, lookup: { selectedExitNode: query.selectedExitNode }, state: query.routingState ?? {} };
  const m = routedMatchOf(ctx, result, query);
  if (m === null) return null;
  const plan = planRoute(ctx, m);
  const routeKey = m.kind === 'network-resource' ? m.resource.network_id : m.network_id;
  const name = (id: string) => peerLabel(index, id);
  const explanation = plan.kind === 'chosen' ? explainChoice(plan.choice, name) : (planProblem(ctx, m, plan) ?? '');
  return { route_key: routeKey, explanation, rows: rowsOf(ctx, routeKey, plan, m) };
}

