import { snapshotBuilder } from '@/domain/testing/snapshot-builder';

/** matrixAccount: an office network with a routing peer, a legacy route, an exit node and peer-to-peer policies; the
 * lab resolves the domain resource, so a trace of each entry can follow it. */
export const matrixAccount = () =>
  snapshotBuilder()
    .peer('alice', { groups: ['engineers'] })
    .peer('bob', { groups: ['sales'] })
    .peer('db-1', { groups: ['servers'] })
    .peer('gw', { groups: ['routers'], lanIp: '10.10.0.2' })
    .peer('exit', { groups: ['exit-nodes'] })
    .group('auditors')
    .network('office', {
      name: 'Office',
      routers: [{ id: 'rt', peerGroups: ['routers'] }],
      resources: [
        { id: 'lan', name: 'Office LAN', address: '10.10.0.0/16', groups: ['office'] },
        { id: 'app', name: 'App', address: 'app.corp.example', groups: ['apps'] },
      ],
    })
    .route('dc', { id: 'route-dc', network: '172.20.0.0/16', peerGroups: ['routers'], groups: ['engineers', 'sales'] })
    .exitNode('exit-eu', { id: 'route-exit', peerGroups: ['exit-nodes'], groups: ['sales'] })
    .policy('Engineers to office', { id: 'pol-office', sources: ['engineers'], destinations: ['office'] })
    .policy('Engineers to app', { id: 'pol-app', sources: ['engineers'], destinations: ['apps'], protocol: 'tcp', ports: ['443', '8000-8100'] })
    .policy('SSH to gateway', { id: 'pol-gw', sources: ['engineers'], destinations: ['routers'], protocol: 'tcp', ports: ['22'] })
    .policy('Sales to exit', { id: 'pol-exit', sources: ['sales'], destinations: ['exit-nodes'], protocol: 'icmp' })
    .policy('Alice to db', { id: 'pol-db', sourcePeer: 'alice', destinations: ['servers'], protocol: 'tcp', ports: ['5432'] })
    .dns('app.corp.example', ['10.10.3.4'])
    .build();
