import { sortCandidates, type RoutingCandidate } from './choose-routing-peer';

/**
 * routing-ranking: the routing peers of one route in the order a client ranks them, labelled the
 * way an admin thinks about HA. NetBird's own badge only counts routers; this says who carries
 * traffic, who waits, and which peers share the load by latency.
 */

/**
 * RankLabel: `primary` carries traffic alone; `latency-balanced` peers share the best status and
 * metric, so each client picks among them by latency; `standby` waits behind a better metric or
 * status; `unavailable` (connecting) is never chosen.
 */
export type RankLabel = 'primary' | 'standby' | 'latency-balanced' | 'unavailable';

export interface RankedCandidate {
  candidate: RoutingCandidate;
  /** 1-based position; unavailable candidates are ranked after every eligible one. */
  rank: number;
  label: RankLabel;
}

/** rankRoutingPeers orders every candidate (best first) and labels it. */
export function rankRoutingPeers(candidates: readonly RoutingCandidate[], current: string | null = null): RankedCandidate[] {
  const eligible = sortCandidates(
    candidates.filter((c) => c.status !== 'connecting'),
    current,
  );
  const unavailable = sortCandidates(
    candidates.filter((c) => c.status === 'connecting'),
    current,
  );
  const best = eligible[0];
  const topTier = best === undefined ? 0 : eligible.filter((c) => c.status === best.status && c.metric === best.metric).length;
  const ranked: RankedCandidate[] = eligible.map((candidate, i) => ({
    candidate,
    rank: i + 1,
    label: i >= topTier ? 'standby' : topTier > 1 ? 'latency-balanced' : 'primary',
  }));
  for (const candidate of unavailable) ranked.push({ candidate, rank: ranked.length + 1, label: 'unavailable' });
  return ranked;
}
