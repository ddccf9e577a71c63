import { isAgentVersionAtLeast, parseAgentVersion } from '../net';

/**
 * forwarder-port: the port of the DNS forwarder that clients query on a routing peer for routed
 * domains. NetBird's management server moves an account to the new port 22054 only once EVERY peer
 * runs 0.59.0 or newer (older agents listen on 5353 only); one old, unknown or missing-version peer
 * holds the whole account on 5353, and so does an account without peers (as NetBird computes it,
 * checked against management/server computeForwarderPort, 2025).
 */

export const DNS_FORWARDER_PORT = 22054;
export const LEGACY_DNS_FORWARDER_PORT = 5353;
/** DNS_FORWARDER_MIN_VERSION: the first agent release that listens on 22054. */
export const DNS_FORWARDER_MIN_VERSION = '0.59.0';

export type DnsForwarderPort = typeof DNS_FORWARDER_PORT | typeof LEGACY_DNS_FORWARDER_PORT;

/** VersionedPeer: what the decision reads of a peer; NetBird's Peer fits. */
export interface VersionedPeer {
  id: string;
  name: string;
  version: string;
}

/** HoldingPeer: a peer that keeps the account on 5353, and why. */
export interface HoldingPeer {
  id: string;
  name: string;
  version: string;
  reason: 'older' | 'unknown version';
}

export interface DnsForwarderPortDecision {
  port: DnsForwarderPort;
  /** Peers that keep the account on the legacy port; empty when the port is 22054. */
  holdingPeers: HoldingPeer[];
  /** True when the account has no peers (NetBird then keeps the legacy port). */
  noPeers: boolean;
}

/** dnsForwarderPort: the port clients of this account use, and which peers hold it on 5353. */
export function dnsForwarderPort(peers: readonly VersionedPeer[]): DnsForwarderPortDecision {
  const holdingPeers: HoldingPeer[] = [];
  // an account runs a handful of distinct versions: judge each once, not once per peer
  const verdicts = new Map<string, HoldingPeer['reason'] | null>();
  for (const p of peers) {
    let reason = verdicts.get(p.version);
    if (reason === undefined) {
      reason = isAgentVersionAtLeast(p.version, DNS_FORWARDER_MIN_VERSION) ? null : parseAgentVersion(p.version) === null ? 'unknown version' : 'older';
      verdicts.set(p.version, reason);
    }
    if (reason !== null) holdingPeers.push({ id: p.id, name: p.name, version: p.version, reason });
  }
  const noPeers = peers.length === 0;
  const port = noPeers || holdingPeers.length > 0 ? LEGACY_DNS_FORWARDER_PORT : DNS_FORWARDER_PORT;
  return { port, holdingPeers, noPeers };
}
