import type { AccountIndex } from '@/domain/account';
import { ruleHasDestinationPeer, rulesFromPeer, rulesTowardPeer, type IndexedRule } from '@/domain/access/rule-index';
import type { DnsForwarder } from './dns-forwarder';
import { WG_IFACE, type NftChain, type NftRule } from './nft';
import { actionRank, protocolMatch, ruleComment } from './rule-text';
import { sourceSet, type SetRegistry, type Sources } from './source-sets';

/**
 * input-chain: packets addressed to the peer itself (its overlay IP, or its LAN address for a
 * routing peer). Only peer-to-peer policies apply here, never resource policies: why SSH to a
 * routing peer is denied even though its LAN is reachable. A bidirectional rule from this peer
 * also admits the other side back.
 */

const IIF = `iifname "${WG_IFACE}"`;

interface InputEntry {
  rule: IndexedRule;
  sources: Sources;
  /** The reverse direction of a bidirectional rule from this peer. */
  reverse: boolean;
}

function entries(index: AccountIndex, peerId: string): InputEntry[] {
  const out: InputEntry[] = rulesTowardPeer(index, peerId).map((rule) => ({ rule, sources: { groups: rule.sourceGroups, peer: rule.sourcePeer }, reverse: false }));
  for (const rule of rulesFromPeer(index, peerId)) {
    if (!rule.bidirectional || rule.destinationResource !== null) continue;
    // A rule naming the peer on both sides is already in (towards it); its reverse adds nothing new.
    if (ruleHasDestinationPeer(index, rule, peerId)) continue;
    out.push({ rule, sources: { groups: rule.destinationGroups, peer: rule.destinationPeer }, reverse: true });
  }
  return out.sort((a, b) => actionRank(a.rule) - actionRank(b.rule) || a.rule.order - b.rule.order);
}

export function inputChain(reg: SetRegistry, peerId: string, dns: DnsForwarder): NftChain {
  const rules: NftRule[] = [{ match: [IIF, 'ct state established,related'], verdict: 'accept', comment: 'replies to connections already allowed', origin: { kind: 'stateful' } }];
  if (dns.running) {
    rules.push({
      match: [IIF, `meta l4proto { tcp, udp } th dport ${dns.listenPort}`],
      verdict: 'accept',
      comment: `DNS forwarder for routed domains (${dns.domains.join(', ')})`,
      origin: { kind: 'dns-forwarder' },
    });
  }
  for (const e of entries(reg.index, peerId)) {
    const set = sourceSet(reg, e.sources, 4);
    if (set === null) continue;
    rules.push({
      match: [IIF, `ip saddr @${set.name}`, ...protocolMatch(e.rule)],
      verdict: e.rule.action === 'drop' ? 'drop' : 'accept',
      comment: ruleComment(e.rule, e.reverse ? '(bidirectional, reverse direction)' : ''),
      origin: { kind: 'policy', policyId: e.rule.policy.id, ruleId: e.rule.rule.id ?? null },
    });
  }
  rules.push({ match: [IIF], verdict: 'drop', comment: 'default deny: no peer policy allows it', origin: { kind: 'default-deny' } });
  return { name: 'netbird-acl-input', type: 'filter', hook: 'input', priority: 'filter', policy: 'accept', rules };
}
