import { snapshotBuilder, type WireSnapshot } from '@/domain/testing/snapshot-builder';

/**
 * officeAccount: a small account for the reachability tests' own tests: engineers reach the
 * office LAN through a routing peer and SSH on the routing peer itself; sales reach nothing.
 */
export function officeAccount(): WireSnapshot {
  return snapshotBuilder()
    .peer('alice', { groups: ['engineers'], ip: '100.64.0.10' })
    .peer('bob', { groups: ['sales'] })
    .peer('gw', { groups: ['routers'], lanIp: '10.10.0.2' })
    .network('office', { routers: [{ id: 'rt', peerGroups: ['routers'] }], resources: [{ id: 'lan', address: '10.10.0.0/16', groups: ['office'] }] })
    .policy('eng-office', { id: 'pol-office', sources: ['engineers'], destinations: ['office'], protocol: 'tcp', ports: ['22', '443'] })
    .policy('eng-gw', { id: 'pol-gw', sources: ['engineers'], destinations: ['routers'], protocol: 'tcp', ports: ['22'] })
    .build();
}
