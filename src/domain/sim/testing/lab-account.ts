import { snapshotBuilder, type WireSnapshot } from '@/domain/testing/snapshot-builder';

/**
 * labAccount: a small account with the routing-peer setups the simulator's built-ins look for,
 * shaped like the demo's (which lives in the control plane, out of the domain's reach): a
 * datacenter with primary dc-a (metric 10) and standby dc-b (100); a global VPC behind eu-gw and
 * us-gw at equal metrics, with people near one or the other; an exit node for travelers with
 * the ICMP policy it needs; frank offline.
 */
export function labAccount(): WireSnapshot {
  return snapshotBuilder()
    .peer('dc-a', { groups: ['dc-routers'], lanIp: '172.16.0.10', failureDomain: 'room-a' })
    .peer('dc-b', { groups: ['dc-routers'], lanIp: '172.16.0.11', failureDomain: 'room-b' })
    .peer('eu-gw', { groups: ['eu-routers'], lanIp: '10.40.1.10' })
    .peer('us-gw', { groups: ['us-routers'], lanIp: '10.40.129.10' })
    .peer('exit-1', { groups: ['exits'] })
    .peer('alice', { groups: ['eng'], latencyMs: { 'eu-gw': 14, 'us-gw': 96 } })
    .peer('bob', { groups: ['eng'], latencyMs: { 'eu-gw': 19, 'us-gw': 101 } })
    .peer('carol', { groups: ['eng'], latencyMs: { 'eu-gw': 92, 'us-gw': 11 } })
    .peer('erin', { groups: ['contractors'], latencyMs: { 'eu-gw': 24, 'us-gw': 118 } })
    .peer('frank', { groups: ['contractors'], online: false })
    .peer('grace', { groups: ['travelers'] })
    .network('dc', {
      name: 'Datacenter',
      routers: [
        { id: 'r-dc-a', peer: 'dc-a', metric: 10 },
        { id: 'r-dc-b', peer: 'dc-b', metric: 100 },
      ],
      resources: [{ id: 'res-dc', name: 'DC core', address: '172.16.0.0/16', groups: ['datacenter'] }],
    })
    .network('global', {
      name: 'Global VPC',
      routers: [
        { id: 'r-eu', peerGroups: ['eu-routers'], metric: 100 },
        { id: 'r-us', peerGroups: ['us-routers'], metric: 100 },
      ],
      resources: [{ id: 'res-global', name: 'Shared services', address: '10.40.0.0/16', groups: ['global'] }],
    })
    .policy('Engineers to Datacenter', { id: 'pol-dc', sources: ['eng'], destinations: ['datacenter'], protocol: 'tcp', ports: ['22', '443'] })
    .policy('Staff to shared services', { id: 'pol-global', sources: ['eng', 'contractors'], destinations: ['global'], protocol: 'tcp', ports: ['443'] })
    .policy('Travelers ping the exit node', { id: 'pol-exit', sources: ['travelers'], destinations: ['exits'], protocol: 'icmp' })
    .exitNode('exit-eu', { id: 'route-exit', peer: 'exit-1', groups: ['travelers'] })
    .build();
}
