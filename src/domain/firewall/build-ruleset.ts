import type { AccountIndex } from '@/domain/account';
import { dnsForwarderOf } from './dns-forwarder';
import { forwardChain } from './forward-chain';
import { inputChain } from './input-chain';
import { postroutingChain, preroutingChain } from './nat-chains';
import type { NftChain, Ruleset } from './nft';
import { isRoutingPeer, servedBy } from './served';
import { newSetRegistry } from './source-sets';

/**
 * build-ruleset: the nftables ruleset NetBird's agent would install on a peer (Linux kernel
 * mode), from the account alone: the input chain for every peer; for a routing peer also the
 * forward chain, masquerade and the DNS port redirect. One table, so the NAT rules can use the
 * same domain sets as the filter rules.
 */
export function buildRuleset(index: AccountIndex, peerId: string): Ruleset {
  const served = servedBy(index, peerId);
  const dns = dnsForwarderOf(index, peerId, served);
  const reg = newSetRegistry(index, peerId);
  const chains: NftChain[] = [inputChain(reg, peerId, dns)];
  if (isRoutingPeer(served)) {
    chains.push(forwardChain(reg, served));
    const pre = preroutingChain(dns);
    if (pre !== null) chains.push(pre);
    chains.push(postroutingChain(reg, served));
  }
  return { peerId, tables: [{ family: 'inet', name: 'netbird', sets: reg.sets, chains }] };
}
