import { buildAccountIndex } from '@/domain/account';
import { needsRoutingPeerDns, routingPeerDnsOn } from '@/domain/rules/lint/domain-routing';
import type { Snapshot } from '@/domain/snapshot';
import { snapshotBuilder } from '@/domain/testing/snapshot-builder';
import type { PlanContext } from './plan-objects';

/** wizardAccount: engineers with a laptop, two Linux peers and a Windows peer that may route, DNS resolution off. */
export function wizardAccount(): Snapshot {
  return snapshotBuilder()
    .peer('alice', { groups: ['engineers'] })
    .peer('gw-a', { groups: ['servers'], failureDomain: 'az-1', lanIp: '10.20.0.2' })
    .peer('gw-b', { groups: ['servers'], failureDomain: 'az-1' })
    .peer('win-gw', { groups: ['servers'], os: 'windows' })
    .network('office', { routers: [], resources: [{ id: 'lan', address: '10.10.0.0/16', groups: ['office'] }] })
    .routingPeerDnsResolution(false)
    .build();
}

export function contextOf(s: Snapshot): PlanContext {
  const index = buildAccountIndex(s);
  return {
    peerName: (id) => index.peers.get(id)?.name ?? id,
    routingPeerDnsOn: routingPeerDnsOn(s.account.settings),
    needsRoutingPeerDns: (a) => needsRoutingPeerDns(a, s.account.settings),
  };
}
