import type { AccountIndex } from '@/domain/account';
import { isAgentVersionAtLeast } from '@/domain/net';
import type { SnapPeer } from '@/domain/snapshot';

/**
 * dns-forwarder-port: the port clients send routed-domain queries to on a routing peer. NetBird's
 * management flips an account to 22054 only once every peer runs 0.59.0 or newer; one old peer
 * keeps the whole account on 5353 (the docs' "DNS port mismatch" pitfall).
 */

export const DNS_FORWARDER_PORT = 22054;
export const LEGACY_DNS_FORWARDER_PORT = 5353;
export const DNS_FORWARDER_MIN_VERSION = '0.59.0';

/** peersOnLegacyDnsPort: the peers holding the account on 5353 (development builds count as new; empty or unparsable versions as old). */
export function peersOnLegacyDnsPort(index: AccountIndex): SnapPeer[] {
  return index.snapshot.peers.filter((p) => !isAgentVersionAtLeast(p.version, DNS_FORWARDER_MIN_VERSION));
}

const cache = new WeakMap<AccountIndex, number>();

/** dnsForwarderPort: 22054 when every peer of the account is ≥ 0.59.0, else 5353; computed once per index. */
export function dnsForwarderPort(index: AccountIndex): number {
  let port = cache.get(index);
  if (port === undefined) {
    port = index.snapshot.peers.every((p) => isAgentVersionAtLeast(p.version, DNS_FORWARDER_MIN_VERSION)) ? DNS_FORWARDER_PORT : LEGACY_DNS_FORWARDER_PORT;
    cache.set(index, port);
  }
  return port;
}
