import type { AccountIndex } from '@/domain/account';
import { chooseRoutingPeer, effectiveLatency, preferenceReason, sortCandidates, type RoutingCandidate, type RoutingDecision } from './choose-routing-peer';
import { DEFAULT_RELAYED_SWITCH_DELAY, type RelayedSwitchDelay } from './relayed-switch-delay';
import { candidateFor, type LinkState, type RoutingPeerOption } from './route-candidates';

/**
 * choose-for-client: one client's routing-peer choice for one route, from the account's static
 * state plus whatever the caller knows about the client's current state (the simulator's clock,
 * or a trace that asks "and if gw-1 were relayed?").
 */

/** ClientRoutingState: the client's state; everything optional (no current peer, lab links). */
export interface ClientRoutingState {
  /** The routing peer currently carrying each route, by route key (network id, or legacy network_id). */
  current?: Readonly<Record<string, string>> | undefined;
  seconds_since_latency_switch?: number | null | undefined;
  relayed_switch_delay?: RelayedSwitchDelay | undefined;
  /** Link state to each routing peer, by peer id, overriding the lab. */
  links?: Readonly<Record<string, LinkState>> | undefined;
}

export interface ClientChoice {
  options: readonly RoutingPeerOption[];
  candidates: readonly RoutingCandidate[];
  decision: RoutingDecision;
  /** The option of the chosen peer; null when none is eligible. */
  chosen: RoutingPeerOption | null;
}

export function chooseForClient(
  index: AccountIndex,
  clientId: string,
  routeKey: string,
  options: readonly RoutingPeerOption[],
  state: ClientRoutingState = {},
): ClientChoice {
  const candidates = options.map((o) => candidateFor(index, clientId, o, state.links?.[o.peerId]));
  const decision = chooseRoutingPeer({
    current: state.current?.[routeKey] ?? null,
    seconds_since_latency_switch: state.seconds_since_latency_switch ?? null,
    relayed_switch_delay: state.relayed_switch_delay ?? DEFAULT_RELAYED_SWITCH_DELAY,
    candidates,
  });
  const chosenId = decision.kind === 'none' ? null : decision.chosen;
  return { options, candidates, decision, chosen: options.find((o) => o.peerId === chosenId) ?? null };
}

/**
 * explainChoice says in one sentence why the chosen peer carries the route, naming peers with
 * `name(id)`: the switch reason, why the current peer was kept, or, for a first choice, what
 * made it rank above the runner-up.
 */
export function explainChoice(choice: ClientChoice, name: (peerId: string) => string): string {
  const d = choice.decision;
  const unavailable = choice.candidates.filter((c) => c.status === 'connecting').map((c) => `${name(c.id)} is unavailable (offline or connecting)`);
  const tail = unavailable.length > 0 ? `; ${unavailable.join(', ')}` : '';
  switch (d.kind) {
    case 'none':
      return choice.candidates.length === 0 ? 'no enabled routing peer' : `no routing peer is available${tail}`;
    case 'keep':
      return `keeps current routing peer ${name(d.chosen)} (${holdText(d.held)})${tail}`;
    case 'switch': {
      if (d.from !== null) return `switches from ${name(d.from)} to ${name(d.chosen)}: ${d.reason}${tail}`;
      const eligible = sortCandidates(
        choice.candidates.filter((c) => c.status !== 'connecting'),
        null,
      );
      const [best, runnerUp] = eligible;
      if (best === undefined || runnerUp === undefined) return `${name(d.chosen)} is the only available routing peer${tail}`;
      const why = preferenceReason(best, runnerUp);
      const vs = `${name(runnerUp.id)} (metric ${runnerUp.metric})`;
      if (why === null) return `${name(d.chosen)} ties with ${vs} and is taken first${tail}`;
      const detail = why === 'lower latency' ? ` (${effectiveLatency(best)} ms vs ${effectiveLatency(runnerUp)} ms)` : '';
      return `${name(d.chosen)} ranks first over ${vs}: ${why}${detail}${tail}`;
    }
  }
}

function holdText(held: Extract<RoutingDecision, { kind: 'keep' }>['held']): string {
  switch (held) {
    case 'best':
      return 'it ranks best';
    case 'latency-gain-below-margin':
      return 'the latency gain of a better peer is below the switching margin';
    case 'latency-dwell':
      return 'less than 30 s since the last latency-driven switch';
    case 'relayed-switch-delay':
      return 'it went relayed recently; waiting for the relayed-switch delay';
    case 'relayed-switch-never':
      return 'the relayed-switch delay is "never" and it is still connected';
  }
}
