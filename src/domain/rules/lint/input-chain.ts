import type { AccountIndex } from '@/domain/account';
import { parseIp } from '@/domain/net';
import { finding, inScope, ref, type Finding, type LintScope } from './finding';
import { groupList, networkLabel, resourceLabel } from './names';
import { peerReach } from './peer-reach';
import { networkPrefixTable } from './resource-addresses';
import { acceptSourcesTowardResource } from './rule-walk';
import { servingUnitsOf } from './serving-units';

/**
 * input-chain: the docs' pitfall "policy to a network resource works, but SSH to the routing peer
 * itself is denied". When a routing peer's own LAN address lies inside a resource it serves,
 * traffic to that address is for the routing peer itself: it lands in the input chain, where only
 * peer-to-peer policies apply, not the resource's forward-chain policy. A group that reaches the
 * resource but has no peer-to-peer policy to the routing peer cannot use Grafana, SSH or any other
 * service on it. LAN addresses come from the snapshot's lab.
 */

/** lintInputChain: routing-peer-lan-ip-needs-input-policy for every routing peer with a lab LAN address. */
export function lintInputChain(index: AccountIndex, scope?: LintScope): Finding[] {
  const units = servingUnitsOf(index);
  const out: Finding[] = [];
  for (const [peerId, served] of units.unitsOfPeer) {
    if (scope?.type === 'peer' && scope.id !== peerId) continue;
    const lanText = index.lab(peerId).lan_ip;
    if (lanText === undefined) continue;
    const lan = parseIp(lanText);
    if (!lan.ok) continue;
    const peer = index.peers.get(peerId);
    const name = peer?.name ?? peerId;
    let reach: ReturnType<typeof peerReach> | undefined;
    for (const unit of served) {
      if (unit.kind !== 'network') continue;
      for (const res of networkPrefixTable(index, unit.network.id).containing(lan.value)) {
        reach ??= peerReach(index, [peerId]);
        const denied = [...acceptSourcesTowardResource(index, res.id).groups].filter((g) => !reach?.reachesFromGroup(g));
        if (denied.length === 0) continue;
        out.push(
          finding(
            'routing-peer-lan-ip-needs-input-policy',
            `Routing peer ${name}'s LAN address ${lan.value.text} lies inside ${resourceLabel(res)} of ${networkLabel(index, unit.network.id)}, which it serves. ${groupList(index, denied, 'and')} reach${denied.length === 1 ? 'es' : ''} the resource through the forward chain, but traffic to ${lan.value.text} is for ${name} itself and lands in its input chain, where no peer-to-peer policy lets ${denied.length === 1 ? 'it' : 'them'} in: services on the routing peer (SSH, monitoring, DNS) are denied. Add a peer-to-peer policy from ${groupList(index, denied, 'and')} to ${name} for the ports they need.`,
            [ref('peer', peerId), ref('resource', res.id), ref('network', unit.network.id), ...denied.map((g) => ref('group', g))],
          ),
        );
      }
    }
  }
  return inScope(out, scope);
}
