import { describe, expect, it } from 'vitest';
import { buildAccountIndex } from '@/domain/account';
import { snapshotBuilder } from '@/domain/testing/snapshot-builder';
import { traceOf } from '@/domain/testing/trace-helpers';
import { messageRefs } from './message-refs';

const snapshot = () =>
  snapshotBuilder()
    .peer('alice', { id: 'peer-alice', groups: ['engineers'] })
    .peer('gw', { id: 'peer-gw', groups: ['routers'] })
    .network('net-office', { name: 'Office', routers: [{ id: 'rt-office', peerGroups: ['routers'] }], resources: [{ id: 'res-lan', name: 'Office LAN', address: '10.10.0.0/16', groups: ['office'] }] })
    .exitNode('exit-eu', { id: 'route-exit', peer: 'gw', groups: ['engineers'] })
    .policy('Engineers to Office', { id: 'pol-office', sources: ['engineers'], destinations: ['office'] })
    .build();

describe('messageRefs', () => {
  it('links every id a stage message names and keeps the text intact', () => {
    const s = snapshot();
    const t = traceOf(s, { from: 'alice', to: '10.10.4.5:443' });
    const index = buildAccountIndex(s);
    const routing = t.stages.find((st) => st.stage === 'Routing')?.message ?? '';
    const parts = messageRefs(index, routing);
    expect(parts.map((p) => p.text).join('')).toBe(routing);
    const refs = parts.flatMap((p) => (p.kind === 'ref' ? [p.ref] : []));
    expect(refs).toContainEqual({ type: 'resource', id: 'res-lan', network_id: 'net-office' });
    expect(refs).toContainEqual({ type: 'network', id: 'net-office' });
    expect(refs).toContainEqual({ type: 'router', id: 'rt-office', network_id: 'net-office' });
    expect(refs).toContainEqual({ type: 'peer', id: 'peer-gw' });
    const acl = messageRefs(index, t.stages.find((st) => st.stage === 'Route ACL')?.message ?? '');
    expect(acl.flatMap((p) => (p.kind === 'ref' ? [p.ref] : []))).toContainEqual({ type: 'policy', id: 'pol-office' });
  });

  it('links an exit node route as an exit node, and leaves addresses and names as text', () => {
    const index = buildAccountIndex(snapshot());
    const parts = messageRefs(index, 'exit node exit-eu (route route-exit, 0.0.0.0/0); 10.10.0.2 is not gw.');
    expect(parts.filter((p) => p.kind === 'ref')).toEqual([{ kind: 'ref', text: 'route-exit', ref: { type: 'exit-node', id: 'route-exit' } }]);
    expect(messageRefs(index, '')).toEqual([]);
  });
});
