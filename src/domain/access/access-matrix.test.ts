import { describe, expect, it } from 'vitest';
import { buildAccountIndex } from '@/domain/account';
import { accessMatrix, type AccessMatrixRow } from './access-matrix';
import { matrixAccount } from './testing/matrix-account';

const line = (r: AccessMatrixRow) =>
  `${r.source.type}:${r.source.name} -> ${r.destination.kind}:${r.destination.name} (${r.destination.address}) ${r.protocol}[${r.ports.join(',')}] ${r.chain} ${r.policy?.name ?? 'default allow'}`;

describe('accessMatrix', () => {
  const index = buildAccountIndex(matrixAccount());

  it('names every entry, tells routing peers and exit nodes apart, and sorts by source then destination', () => {
    expect(accessMatrix(index).rows.map(line)).toEqual([
      'group:engineers -> resource:App (app.corp.example) tcp[443,8000-8100] forward Engineers to app',
      'group:engineers -> resource:Office LAN (10.10.0.0/16) all[] forward Engineers to office',
      'group:engineers -> routing-peer:gw (100.64.0.5) tcp[22] input SSH to gateway',
      'group:engineers -> route:dc (172.20.0.0/16) all[] forward default allow',
      'group:sales -> routing-peer:exit (100.64.0.6) icmp[] input Sales to exit',
      'group:sales -> exit-node:exit-eu (0.0.0.0/0) all[] forward default allow',
      'peer:alice -> peer:db-1 (100.64.0.4) tcp[5432] input Alice to db',
    ]);
  });

  it('lists every group as a source, also those with no access, and peers named by rules', () => {
    const { sources } = accessMatrix(index);
    expect(sources.map((s) => `${s.type}:${s.id}`)).toEqual([
      'group:apps',
      'group:auditors',
      'group:engineers',
      'group:exit-nodes',
      'group:office',
      'group:routers',
      'group:sales',
      'group:servers',
      'peer:alice',
    ]);
  });

  it('computes a peer asked for on demand through all its groups, replacing its rule-only rows', () => {
    const rows = accessMatrix(index, { peerSources: ['alice', 'bob', 'nobody'] }).rows.filter((r) => r.source.type === 'peer');
    expect(rows.map(line)).toEqual([
      'peer:alice -> resource:App (app.corp.example) tcp[443,8000-8100] forward Engineers to app',
      'peer:alice -> resource:Office LAN (10.10.0.0/16) all[] forward Engineers to office',
      'peer:alice -> routing-peer:gw (100.64.0.5) tcp[22] input SSH to gateway',
      'peer:alice -> peer:db-1 (100.64.0.4) tcp[5432] input Alice to db',
      'peer:alice -> route:dc (172.20.0.0/16) all[] forward default allow',
      'peer:bob -> routing-peer:exit (100.64.0.6) icmp[] input Sales to exit',
      'peer:bob -> exit-node:exit-eu (0.0.0.0/0) all[] forward default allow',
    ]);
    const keys = rows.map((r) => r.key);
    expect(new Set(keys).size).toBe(keys.length);
  });

  it('keeps a resource network for links and reuses one object per destination', () => {
    const rows = accessMatrix(index, { peerSources: ['alice'] }).rows;
    const lan = rows.filter((r) => r.destination.id === 'lan');
    expect(lan).toHaveLength(2);
    expect(lan[0]?.destination.networkId).toBe('office');
    expect(lan[0]?.destination).toBe(lan[1]?.destination);
  });
});
