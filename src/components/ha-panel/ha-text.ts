import { LATENCY_MIN_GAIN_MS } from '@/domain/routing/choose-routing-peer';
import type { HaStatus } from '@/domain/routing/ha-status';
import type { HaPeerFlag, HaRowLabel } from '@/domain/routing/ha-view';
import { assertNever } from '@/domain/assert-never';

/** haStatusText: the sentence under the HA badge, saying why it is on or off. */
export function haStatusText(status: HaStatus): string {
  switch (status.kind) {
    case 'effective':
      return `Highly available: ${status.peers} distinct enabled routing peers can carry traffic (${status.online} connected), and they are not all in one failure domain.`;
    case 'too-few-peers':
      return status.peers === 0
        ? 'Not highly available: no enabled routing peer can carry traffic. High availability needs at least two distinct enabled routing peers.'
        : 'Not highly available: only 1 distinct enabled routing peer can carry traffic. High availability needs at least two distinct enabled routing peers (a peer named twice counts once).';
    case 'same-failure-domain':
      return `Not highly available: all ${status.peers} routing peers are in failure domain "${status.domain}", so one outage there takes every one of them down. Place them in different failure domains.`;
    case 'too-few-online':
      return `Configured for high availability, but only ${status.online} of ${status.peers} routing peers ${status.online === 1 ? 'is' : 'are'} connected now: one more failure and nobody carries traffic.`;
    default:
      return assertNever(status);
  }
}

/** RANK_LABEL_TEXT: what each label means, shown next to it. */
export const RANK_LABEL_TEXT: Record<HaRowLabel, string> = {
  primary: 'carries the traffic',
  'latency-balanced': 'shares the lowest metric: each client picks by latency',
  standby: 'takes over when the peers ranked before it fail',
  unavailable: 'disconnected: never chosen',
  disabled: 'its router is disabled: carries nothing',
};

/** flagText: one weakness of a routing peer, in words. */
export function flagText(flag: HaPeerFlag): string {
  switch (flag.kind) {
    case 'counted-twice':
      return `Named twice (${flag.carriers.join(' and ')}): it counts once`;
    case 'disconnected':
      return 'Disconnected';
    case 'disabled':
      return `Disabled in ${flag.carriers.join(', ')}`;
    case 'unknown-peer':
      return 'Unknown peer';
    default:
      return assertNever(flag);
  }
}

/** RANKING_EXPLANATION: how clients order routing peers, said once for the panel footer. */
export const RANKING_EXPLANATION = `Clients rank routing peers by status (connected first), then by metric: the lowest metric carries the traffic. With equal metrics each client picks by latency, switching only for a gain of more than ${LATENCY_MIN_GAIN_MS} ms.`;
