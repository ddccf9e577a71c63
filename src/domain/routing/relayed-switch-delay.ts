import { err, ok, type Result } from '@/domain/net';

/**
 * RelayedSwitchDelay: how long a client keeps a routing peer that dropped from a direct to a
 * relayed connection before moving to a candidate that is better only by being direct. A relay
 * hiccup is often short, and every switch resets the established TCP flows, so NetBird waits.
 */
export type RelayedSwitchDelay = { kind: 'after'; seconds: number } | { kind: 'never' };

/** DEFAULT_RELAYED_SWITCH_DELAY_S: NetBird's default wait before leaving a degraded routing peer. */
export const DEFAULT_RELAYED_SWITCH_DELAY_S = 30;

export const DEFAULT_RELAYED_SWITCH_DELAY: RelayedSwitchDelay = { kind: 'after', seconds: DEFAULT_RELAYED_SWITCH_DELAY_S };

const DURATION = /^([0-9]+(?:\.[0-9]+)?)(ms|s|m|h)?$/;
const UNIT_SECONDS: Readonly<Record<string, number>> = { ms: 0.001, s: 1, m: 60, h: 3600 };

/**
 * parseRelayedSwitchDelay reads the scenario's `relayed_switch_delay`: "never" (keep the peer
 * while it stays connected), a Go-style duration such as "30s", "500ms", "2m", or a bare number
 * of seconds ("0" = switch at once). Missing means the default 30 s.
 */
export function parseRelayedSwitchDelay(input: string | number | null | undefined): Result<RelayedSwitchDelay> {
  if (input === null || input === undefined) return ok(DEFAULT_RELAYED_SWITCH_DELAY);
  if (typeof input === 'number') {
    return Number.isFinite(input) && input >= 0 ? ok({ kind: 'after', seconds: input }) : err(`relayed_switch_delay ${input} must be a number of seconds ≥ 0`);
  }
  const text = input.trim().toLowerCase();
  if (text === 'never') return ok({ kind: 'never' });
  const m = DURATION.exec(text);
  if (m === null) return err(`relayed_switch_delay "${input}" is not valid: use "never", "0" or a duration such as "30s"`);
  return ok({ kind: 'after', seconds: Number(m[1]) * (UNIT_SECONDS[m[2] ?? 's'] ?? 1) });
}

/** formatRelayedSwitchDelay renders the delay the way scenarios write it ("30s", "never"). */
export function formatRelayedSwitchDelay(delay: RelayedSwitchDelay): string {
  return delay.kind === 'never' ? 'never' : `${delay.seconds}s`;
}
