import type { AccountIndex } from '@/domain/account';
import { DNS_FORWARDER_MIN_VERSION, DNS_FORWARDER_PORT, LEGACY_DNS_FORWARDER_PORT, dnsForwarderPort } from '@/domain/dns/forwarder-port';
import { finding, inScope, ref, type Finding, type LintScope } from './finding';
import { joinList, plural } from './names';

/**
 * dns-forwarder: the docs' "DNS port mismatch" pitfall. Management moves an account's DNS
 * forwarder to port 22054 only once every peer runs 0.59.0 or newer; until then the whole account
 * stays on 5353, and the old peers are what to upgrade. An account where every peer is old is
 * consistent and not reported.
 */
export function lintDnsForwarder(index: AccountIndex, scope?: LintScope): Finding[] {
  const peers = index.snapshot.peers;
  const decision = dnsForwarderPort(peers);
  const holding = decision.holdingPeers;
  if (holding.length === 0 || holding.length === peers.length) return [];
  const named = holding.map((p) => (p.reason === 'older' ? `${p.name} (${p.version})` : `${p.name} (version ${p.version === '' ? 'unknown' : `"${p.version}" unknown`})`));
  const current = peers.length - holding.length;
  return inScope(
    [
      finding(
        'dns-forwarder-port-mixed-versions',
        `${plural(holding.length, 'peer runs', 'peers run')} NetBird older than ${DNS_FORWARDER_MIN_VERSION}: ${joinList(named, 'and', 10)}. The account stays on DNS forwarder port ${LEGACY_DNS_FORWARDER_PORT} for routed domains; the ${plural(current, 'peer')} on ${DNS_FORWARDER_MIN_VERSION} or newer move to ${DNS_FORWARDER_PORT} only once every peer is upgraded.`,
        [ref('account', index.snapshot.account.id), ...holding.map((p) => ref('peer', p.id))],
      ),
    ],
    scope,
  );
}
