import { describe, expect, it } from 'vitest';
import { buildAccountIndex } from '@/domain/account';
import { snapshotBuilder } from '@/domain/testing/snapshot-builder';
import { defaultDenyReport } from './default-deny';

describe('defaultDenyReport', () => {
  const snap = snapshotBuilder()
    .peer('alice', { groups: ['engineers'] })
    .peer('gw', { groups: ['routers'] })
    .network('n', {
      routers: [{ peer: 'gw' }],
      resources: [
        { id: 'allowed', name: 'Allowed', address: '10.0.0.0/24', groups: ['ok'] },
        { id: 'orphan', name: 'Orphan', address: '10.0.1.0/24', groups: ['nobody'] },
        { id: 'off', name: 'Off', address: '10.0.2.0/24', groups: ['nobody'], enabled: false },
      ],
    })
    .network('empty', { resources: [{ id: 'lonely', name: 'Lonely', address: '10.9.0.0/24', groups: ['ok'] }] })
    .policy('Engineers', { sources: ['engineers'], destinations: ['ok'] })
    .build();
  const index = buildAccountIndex(snap);

  it('lists the enabled resources no policy reaches', () => {
    const r = defaultDenyReport(index, 'n');
    expect(r.unreachable).toEqual([{ id: 'orphan', name: 'Orphan', address: '10.0.1.0/24', reasons: ['no-policy'] }]);
    expect(r.findings.map((f) => f.code)).toEqual(['resource-without-policy']);
  });

  it('lists resources of a network without routing peer', () => {
    expect(defaultDenyReport(index, 'empty').unreachable).toEqual([{ id: 'lonely', name: 'Lonely', address: '10.9.0.0/24', reasons: ['no-routing-peer'] }]);
  });
});
