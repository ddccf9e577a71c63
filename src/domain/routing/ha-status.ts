/**
 * ha-status: the honest HA verdict, stated once for the HA panel (networks and legacy HA route
 * sets) and the linter (ha-not-effective, ha-same-failure-domain). NetBird's own badge counts
 * routers; users filed bugs about a "highly available" network whose two routers named the same
 * peer, or whose peers sat on one hypervisor. HA here means: at least two distinct enabled peers
 * can carry traffic, and they are not all in one known failure domain.
 */

/** HaStatusPeer: one distinct peer behind an enabled router or route. */
export interface HaStatusPeer {
  id: string;
  /** Whether the peer can carry traffic now; omitted means "assume it can" (a configuration-only check). */
  online?: boolean | undefined;
  /** From the lab; unknown domains are never assumed shared. */
  failureDomain?: string | undefined;
}

/** HA_MIN_PEERS: the fewest distinct peers that survive one of them failing. */
export const HA_MIN_PEERS = 2;

/**
 * HaStatus: why the badge is on or off. `too-few-peers` counts configured distinct enabled peers;
 * `same-failure-domain` names the one domain they share; `too-few-online` is configured for HA but
 * fewer than two of the peers are connected right now.
 */
export type HaStatus =
  | { kind: 'effective'; peers: number; online: number }
  | { kind: 'too-few-peers'; peers: number }
  | { kind: 'same-failure-domain'; peers: number; domain: string }
  | { kind: 'too-few-online'; peers: number; online: number };

/**
 * sharedFailureDomainOf: the one failure domain every peer is in, when there are at least two
 * peers and each has a known domain; null otherwise (an unknown domain is not a shared one).
 */
export function sharedFailureDomainOf(peers: readonly Pick<HaStatusPeer, 'failureDomain'>[]): string | null {
  if (peers.length < HA_MIN_PEERS) return null;
  let shared: string | undefined;
  for (const p of peers) {
    const fd = p.failureDomain;
    if (fd === undefined || fd === '') return null;
    if (shared === undefined) shared = fd;
    else if (fd !== shared) return null;
  }
  return shared ?? null;
}

/** haStatus: the verdict for the distinct enabled peers of one network or HA route set. */
export function haStatus(peers: readonly HaStatusPeer[]): HaStatus {
  const distinct = [...new Map(peers.map((p) => [p.id, p])).values()];
  if (distinct.length < HA_MIN_PEERS) return { kind: 'too-few-peers', peers: distinct.length };
  const domain = sharedFailureDomainOf(distinct);
  if (domain !== null) return { kind: 'same-failure-domain', peers: distinct.length, domain };
  const online = distinct.filter((p) => p.online !== false).length;
  if (online < HA_MIN_PEERS) return { kind: 'too-few-online', peers: distinct.length, online };
  return { kind: 'effective', peers: distinct.length, online };
}

/** haBadgeOn: the HA badge shows only for an effective status. */
export const haBadgeOn = (status: HaStatus): boolean => status.kind === 'effective';
