import type { RelayedSwitchDelay } from '@/domain/routing/relayed-switch-delay';
import type { SnapLab, SnapLabConnection } from '@/domain/snapshot';

/**
 * scenario: what the simulator runs. The file format is the issue's:
 * `{"duration_s": 3600, "lab": {…overrides…}, "events": [{"t": 60, "peer": "<id>", "set":
 * {"online": false}}, {"t": 90, "router": "<router or route id>", "set": {"metric": 50, "enabled":
 * true}}, {"t": 120, "link": ["<client>", "<routing peer>"], "set": {"latency_ms": 80,
 * "latency_noise_ms": 5, "relayed": true}}, {"t": 150, "policy": "<id>", "set": {"enabled": false}}]}`,
 * plus optional `seed` (noise) and `relayed_switch_delay` (as in `nbrc ha`). Parsed events carry
 * a `kind` so every consumer switches over a closed set.
 */

export interface PeerEvent {
  kind: 'peer';
  t: number;
  peer: string;
  set: { online: boolean };
}

export interface RouterEvent {
  kind: 'router';
  t: number;
  /** A network router id or a legacy route id. */
  router: string;
  set: { metric?: number | undefined; enabled?: boolean | undefined };
}

export interface LinkEvent {
  kind: 'link';
  t: number;
  link: readonly [string, string];
  set: { latency_ms?: number | null | undefined; latency_noise_ms?: number | undefined; connection?: SnapLabConnection | undefined };
}

export interface PolicyEvent {
  kind: 'policy';
  t: number;
  policy: string;
  set: { enabled: boolean };
}

export type SimEvent = PeerEvent | RouterEvent | LinkEvent | PolicyEvent;

export interface SimScenario {
  duration_s: number;
  /** Lab overrides merged over the snapshot's lab before the run. */
  lab?: SnapLab | undefined;
  events: readonly SimEvent[];
  /** Seed of the latency noise; default 1. */
  seed: number;
  relayed_switch_delay: RelayedSwitchDelay;
}

/** DEFAULT_SEED: the noise seed of a scenario that names none. */
export const DEFAULT_SEED = 1;

/** TICK_S: how often a NetBird client re-evaluates its routes without any change (every 30 s). */
export const TICK_S = 30;

/** MAX_DURATION_S: one week of simulated time; longer runs are a mistake, not a scenario. */
export const MAX_DURATION_S = 7 * 24 * 3600;

/** eventTarget: the one object an event names, for messages ("peer dc-router-a", "link alice ↔ gw"). */
export function eventTarget(e: SimEvent): string {
  switch (e.kind) {
    case 'peer':
      return `peer ${e.peer}`;
    case 'router':
      return `router ${e.router}`;
    case 'link':
      return `link ${e.link[0]} ↔ ${e.link[1]}`;
    case 'policy':
      return `policy ${e.policy}`;
  }
}

/** scenarioJson: the scenario in its file format (no `kind`; a link's connection as `relayed` where it can be). */
export function scenarioJson(s: SimScenario): Record<string, unknown> {
  const events = s.events.map((e) => {
    switch (e.kind) {
      case 'peer':
        return { t: e.t, peer: e.peer, set: { ...e.set } };
      case 'router':
        return { t: e.t, router: e.router, set: { ...e.set } };
      case 'policy':
        return { t: e.t, policy: e.policy, set: { ...e.set } };
      case 'link': {
        const { connection, ...rest } = e.set;
        const conn = connection === undefined ? {} : connection === 'idle' ? { connection } : { relayed: connection === 'relayed' };
        return { t: e.t, link: [...e.link], set: { ...rest, ...conn } };
      }
    }
  });
  const delay = s.relayed_switch_delay.kind === 'never' ? 'never' : `${s.relayed_switch_delay.seconds}s`;
  return { duration_s: s.duration_s, ...(s.lab ? { lab: s.lab } : {}), seed: s.seed, relayed_switch_delay: delay, events };
}
