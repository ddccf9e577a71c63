import type { AccountIndex } from '@/domain/account';
import { dnsForwarderPort as decideForwarderPort } from '@/domain/dns/forwarder-port';
import type { SnapPeer } from '@/domain/snapshot';

export { DNS_FORWARDER_MIN_VERSION, DNS_FORWARDER_PORT, LEGACY_DNS_FORWARDER_PORT } from '@/domain/dns/forwarder-port';

/**
 * The DNS forwarder port as the trace needs it: the decision of src/domain/dns/forwarder-port.ts
 * (the rule is stated there once), computed once per account index.
 */
const cache = new WeakMap<AccountIndex, ReturnType<typeof decideForwarderPort>>();

function decision(index: AccountIndex) {
  let d = cache.get(index);
  if (!d) {
    d = decideForwarderPort(index.snapshot.peers);
    cache.set(index, d);
  }
  return d;
}

/** peersOnLegacyDnsPort: the peers holding the account on 5353. */
export function peersOnLegacyDnsPort(index: AccountIndex): SnapPeer[] {
  const holding = new Set(decision(index).holdingPeers.map((p) => p.id));
  return index.snapshot.peers.filter((p) => holding.has(p.id));
}

/** dnsForwarderPort: 22054 when every peer of the account is ≥ 0.59.0, else 5353. */
export function dnsForwarderPort(index: AccountIndex): number {
  return decision(index).port;
}
