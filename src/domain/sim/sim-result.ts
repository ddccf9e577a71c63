import type { HoldReason, SwitchReason } from '@/domain/routing/choose-routing-peer';
import type { SimRouteKind } from './client-routes';

/**
 * sim-result: what a run produces. For every client and route, which routing peer carried the
 * traffic over time (a track of changes); every switch with NetBird's reason and the TCP flows
 * it reset. The `nbrc sim --json` contract is simJson's subset of it.
 */

/**
 * TrackState: `routed` through `peer`; `no-peer` when no routing peer is available; `offline`
 * while the client itself is down; `not-received` while the client does not receive the route
 * (a policy or router change took it away).
 */
export type TrackState = 'routed' | 'no-peer' | 'offline' | 'not-received';

export interface TrackChange {
  t: number;
  peer: string | null;
  state: TrackState;
}

export interface SimTrack {
  client: string;
  route: string;
  kind: SimRouteKind;
  label: string;
  /** The first change is the state when the track starts (t = 0, or when the route first arrives). */
  changes: TrackChange[];
  /** Evaluations in which a better-ranked peer was held back, by reason: the flapping that did not happen. */
  holds: Partial<Record<Exclude<HoldReason, 'best'>, number>>;
}

/** NO_ROUTING_PEER: the reason of a switch to no routing peer at all. */
export const NO_ROUTING_PEER = 'No routing peer available';

/** switchReasonText: NetBird's log line for a change of routing peer. */
export const switchReasonText = (reason: SwitchReason): string => `Routing peer changed: ${reason}`;

export interface SimSwitch {
  t: number;
  client: string;
  route: string;
  from: string | null;
  to: string | null;
  reason: string;
  /** Established TCP flows through `from` that this switch reset (0 when there was none). */
  resets: number;
}

export interface SimResult {
  duration_s: number;
  switches: SimSwitch[];
  resets: number;
  tracks: SimTrack[];
  /** How many (client, route) evaluations the run made: the cost the 30 s ticks and events caused. */
  evaluations: number;
}

/** SimJson: the `nbrc sim --json` output, field by field. */
export interface SimJson {
  switches: { t: number; client: string; route: string; from: string | null; to: string | null; reason: string }[];
  resets: number;
}

export function simJson(result: SimResult): SimJson {
  return {
    switches: result.switches.map((s) => ({ t: s.t, client: s.client, route: s.route, from: s.from, to: s.to, reason: s.reason })),
    resets: result.resets,
  };
}

/** changeAt: the track's state at time `t` (the last change at or before t), or null before it starts. */
export function changeAt(track: SimTrack, t: number): TrackChange | null {
  let found: TrackChange | null = null;
  for (const c of track.changes) {
    if (c.t > t) break;
    found = c;
  }
  return found;
}

/** TrackSegment: a stretch of time with one state, for a timeline. */
export interface TrackSegment {
  start: number;
  end: number;
  peer: string | null;
  state: TrackState;
}

/** trackSegments: the track as consecutive segments up to `end` (the run's duration). */
export function trackSegments(track: SimTrack, end: number): TrackSegment[] {
  return track.changes.map((c, i) => ({ start: c.t, end: track.changes[i + 1]?.t ?? end, peer: c.peer, state: c.state })).filter((s) => s.end > s.start || s.start === end);
}
