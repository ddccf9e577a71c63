import { describe, expect, it } from 'vitest';
import { buildAccountIndex } from '@/domain/account';
import { deriveAccountIndex } from '@/domain/account/derive-account-index';
import { applyGroupDraft } from '@/domain/draft/group';
import { applyPolicyDraft, policyRequestFromStored, type PolicyRequestDraft } from '@/domain/draft/policy';
import { applyResourceDraft } from '@/domain/draft/resource';
import { applyRouteDraft, routeDraftFrom } from '@/domain/draft/route';
import { applyRouterDraft } from '@/domain/draft/router';
import type { Snapshot } from '@/domain/snapshot';
import { snapshotBuilder } from '@/domain/testing/snapshot-builder';
import { accessDiff, type AccessChange } from './access-diff';
import type { AccessEntry } from './access-entry';
import { accessFor } from './compute-access';
import { describeGrant } from './reach';
import { missedByDiff } from './testing/full-recomputation';

const account = () =>
  snapshotBuilder()
    .peer('alice', { groups: ['engineers', 'leads'] })
    .peer('bob', { groups: ['sales'] })
    .peer('carol', { groups: ['engineers', 'sales'] })
    .peer('db-1', { groups: ['servers'] })
    .peer('gw', { groups: ['routers'], lanIp: '10.10.0.2' })
    .peer('gw-2', { groups: ['spare'] })
    .peer('exit', { groups: ['exit-nodes'] })
    .network('office', {
      routers: [{ id: 'rt', peerGroups: ['routers'] }],
      resources: [
        { id: 'lan', address: '10.10.0.0/16', groups: ['office'] },
        { id: 'app', address: 'app.corp.example', groups: ['apps'] },
      ],
    })
    .route('dc', { id: 'route-dc', network: '172.20.0.0/16', peerGroups: ['routers'], groups: ['engineers', 'sales'] })
    .route('secure', { id: 'route-secure', network: '172.30.0.0/16', peerGroups: ['routers'], groups: ['engineers', 'sales'], acl: ['secure'] })
    .exitNode('exit', { id: 'route-exit', peerGroups: ['exit-nodes'], groups: ['sales'] })
    .policy('eng-office', { id: 'pol-office', sources: ['engineers'], destinations: ['office'] })
    .policy('eng-app', { id: 'pol-app', sources: ['engineers'], destinations: ['apps'], protocol: 'tcp', ports: ['443', '8000-8100'] })
    .policy('eng-gw', { id: 'pol-gw', sources: ['engineers'], destinations: ['routers'], protocol: 'tcp', ports: ['22'] })
    .policy('eng-secure', { id: 'pol-secure', sources: ['engineers'], destinations: ['secure'], protocol: 'udp', portRanges: [{ start: 500, end: 600 }] })
    .policy('sales-exit', { id: 'pol-exit', sources: ['sales'], destinations: ['exit-nodes'], protocol: 'icmp' })
    .policy('servers-both', { id: 'pol-both', sources: ['engineers'], destinations: ['servers'], protocol: 'tcp', ports: ['5432'], bidirectional: true })
    // leads is no distribution group of route-secure, but every lead receives it (through engineers)
    .policy('leads-secure', { id: 'pol-leads', sources: ['leads'], destinations: ['secure', 'routers'], protocol: 'tcp', ports: ['9000'] })
    .policy('no-db', { id: 'pol-drop', sources: ['engineers'], destinations: ['servers'], protocol: 'tcp', ports: ['5432'], action: 'drop', enabled: false })
    .build();

type Policy = Snapshot['policies'][number];

const policy = (s: Snapshot, id: string): Policy => {
  const p = s.policies.find((x) => x.id === id);
  if (p === undefined) throw new Error(`no policy ${id}`);
  return p;
};

/** editPolicy: the snapshot with policy `id` saved as `edit` makes it (as the policy editor would). */
const editPolicy = (s: Snapshot, id: string, edit: (d: PolicyRequestDraft) => PolicyRequestDraft): Snapshot => applyPolicyDraft(s, id, edit(policyRequestFromStored(policy(s, id))));

const editRule = (s: Snapshot, id: string, patch: Partial<PolicyRequestDraft['rules'][number]>): Snapshot =>
  editPolicy(s, id, (d) => ({ ...d, rules: d.rules.map((r) => ({ ...r, ...patch })) }));

const setMembers = (s: Snapshot, groupId: string, peers: string[]): Snapshot => {
  const g = s.groups.find((x) => x.id === groupId);
  return applyGroupDraft(s, groupId, { name: g?.name ?? groupId, peers, resources: (g?.resources ?? []).map((r) => ({ id: r.id, type: r.type })) });
};

const diff = (before: Snapshot, after: Snapshot) => accessDiff(buildAccountIndex(before), buildAccountIndex(after));

const line = (c: AccessChange) =>
  `${c.source.type}:${c.source.name} -> ${c.destination.type}:${c.destination.name}` +
  (c.gained.length > 0 ? ` +[${c.gained.map(describeGrant).join('; ')}] via ${c.gainedVia.map((v) => v.name).join(', ')}` : '') +
  (c.lost.length > 0 ? ` -[${c.lost.map(describeGrant).join('; ')}] via ${c.lostVia.map((v) => v.name).join(', ')}` : '');

describe('accessDiff', () => {
  const before = account();

  it('finds nothing when nothing changes, including a policy saved unchanged', () => {
    expect(diff(before, before).changes).toEqual([]);
    expect(diff(before, editPolicy(before, 'pol-app', (d) => d)).changes).toEqual([]);
  });

  it('names the group that loses exactly the ports a narrowed rule no longer opens, and the policy', () => {
    const after = editRule(before, 'pol-app', { ports: ['443'] });
    expect(diff(before, after).changes.map(line)).toEqual(['group:engineers -> resource:app -[tcp 8000-8100] via eng-app']);
  });

  it('sees through rewriting: ports in another order, or one rule split in two, is no change', () => {
    const reordered = editRule(before, 'pol-app', { ports: ['8000-8100', '443'] });
    expect(diff(before, reordered).changes).toEqual([]);
    const split = editPolicy(before, 'pol-app', (d) => {
      const [r] = d.rules;
      if (r === undefined) return d;
      return { ...d, rules: [{ ...r, ports: ['443'] }, { ...r, id: undefined, name: 'apps', ports: null, port_ranges: [{ start: 8000, end: 8100 }] }] };
    });
    expect(diff(before, split).changes).toEqual([]);
  });

  it('narrowing all traffic to tcp/443 loses the rest, per protocol, not "all" for something new', () => {
    const after = editRule(before, 'pol-office', { protocol: 'tcp', ports: ['443'] });
    expect(diff(before, after).changes.map(line)).toEqual(['group:engineers -> resource:lan -[tcp 1-442, 444-65535; udp (every port); icmp; other IP protocols] via eng-office']);
  });

  it('a new policy: its source group gains, via the new policy', () => {
    const after = applyPolicyDraft(before, null, {
      name: 'sales-office',
      description: '',
      enabled: true,
      source_posture_checks: [],
      rules: [{ name: 'r', description: '', enabled: true, action: 'accept', bidirectional: false, protocol: 'tcp', ports: ['80'], port_ranges: null, sources: ['sales'], destinations: ['office'], sourceResource: null, destinationResource: null }],
    });
    expect(diff(before, after).changes.map(line)).toEqual(['group:sales -> resource:lan +[tcp 80] via sales-office']);
  });

  it('a bidirectional rule turned one-way: the destination group loses its way back', () => {
    const after = editRule(before, 'pol-both', { bidirectional: false });
    expect(diff(before, after).changes.map(line)).toEqual(['group:servers -> peer:alice -[tcp 5432] via servers-both', 'group:servers -> peer:carol -[tcp 5432] via servers-both']);
  });

  it('enabling a drop rule: the grant it voids is lost', () => {
    const after = editPolicy(before, 'pol-drop', (d) => ({ ...d, enabled: true }));
    expect(diff(before, after).changes.map(line)).toContain('group:engineers -> peer:db-1 -[tcp 5432] via servers-both');
  });

  it('a peer joining a group gains what the group reaches, as that peer, and becomes a destination of the group’s peers', () => {
    const after = setMembers(before, 'engineers', ['alice', 'carol', 'bob']);
    const lines = diff(before, after).changes.map(line);
    expect(lines).toContain('peer:bob -> resource:lan +[all traffic] via eng-office');
    expect(lines).toContain('peer:bob -> peer:gw +[tcp 22] via eng-gw');
    // db-1 (servers) reaches engineers back through the bidirectional rule: bob is new to it
    expect(lines).toContain('group:servers -> peer:bob +[tcp 5432] via servers-both');
    expect(lines.filter((l) => l.startsWith('peer:') && !l.startsWith('peer:bob'))).toEqual([]);
  });

  it('a disabled resource is lost by every source that reached it', () => {
    const after = applyResourceDraft(before, 'office', { id: 'lan', name: 'lan', address: '10.10.0.0/16', enabled: false, groups: ['office'] });
    expect(diff(before, after).changes.map(line)).toEqual(['group:engineers -> resource:lan -[all traffic] via eng-office']);
  });

  it('a disabled router takes the network’s resources away', () => {
    const after = applyRouterDraft(before, 'office', { id: 'rt', peer_groups: ['routers'], metric: 100, masquerade: true, enabled: false });
    expect(diff(before, after).changes.map(line)).toEqual(['group:engineers -> resource:app -[tcp 443, 8000-8100] via eng-app', 'group:engineers -> resource:lan -[all traffic] via eng-office']);
  });

  it('the routing peer leaving its group takes resources and routes away, including through the membership of a router group', () => {
    const after = setMembers(before, 'routers', []);
    const lines = diff(before, after).changes.map(line);
    expect(lines).toContain('group:engineers -> resource:lan -[all traffic] via eng-office');
    expect(lines).toContain('group:engineers -> route:dc -[all traffic] via default allow of a route without ACL groups');
    expect(lines).toContain('group:engineers -> peer:gw -[tcp 22] via eng-gw');
  });

  it('a route given ACL groups: its distribution groups lose the default allow', () => {
    const route = before.routes.find((r) => r.id === 'route-dc');
    if (route === undefined) throw new Error('no route');
    const after = applyRouteDraft(before, { ...routeDraftFrom(route), access_control_groups: ['secure'] }, 'route-dc');
    // engineers keep what their policy towards the ACL group opens (udp 500-600) and lose the rest;
    // leads, no distribution group but all receiving the route, gain what their policy to it opens
    expect(diff(before, after).changes.map(line)).toEqual([
      'group:engineers -> route:dc -[tcp (every port); udp 1-499, 601-65535; icmp; other IP protocols] via default allow of a route without ACL groups',
      'group:leads -> route:dc +[tcp 9000] via leads-secure',
    ]);
  });

  it('recomputes only the sources the change can touch', () => {
    const after = editRule(before, 'pol-app', { ports: ['443'] });
    expect(diff(before, after).examined).toEqual({ groups: 2, peers: 0 });
  });
});

/**
 * The scope must never miss a source: on a set of edits of every kind, the incremental diff's
 * group rows equal those of recomputing every group of the account, and every peer whose own
 * access changed is either listed as a peer or a member of a group whose row changed
 * (missedByDiff; access-diff-generated.test.ts does the same on random edits of a generated account).
 */
describe('accessDiff scope against recomputing everything', () => {
  const before = account();
  const route = (id: string) => {
    const r = before.routes.find((x) => x.id === id);
    if (r === undefined) throw new Error(id);
    return routeDraftFrom(r);
  };
  const edits: Record<string, Snapshot> = {
    'narrow ports': editRule(before, 'pol-app', { ports: ['443'] }),
    'disable policy': editPolicy(before, 'pol-gw', (d) => ({ ...d, enabled: false })),
    'enable drop': editPolicy(before, 'pol-drop', (d) => ({ ...d, enabled: true })),
    'retarget policy': editRule(before, 'pol-secure', { destinations: ['routers'] }),
    'peer source': editRule(before, 'pol-gw', { sources: [], sourceResource: { id: 'bob', type: 'peer' } }),
    'join group': setMembers(before, 'engineers', ['alice', 'carol', 'bob']),
    'leave group': setMembers(before, 'sales', ['bob']),
    'routing peer group': setMembers(before, 'routers', ['gw', 'gw-2']),
    'empty router group': setMembers(before, 'routers', []),
    'distribution group': setMembers(before, 'secure', ['db-1']),
    'resource regrouped': applyResourceDraft(before, 'office', { id: 'app', name: 'app', address: 'app.corp.example', enabled: true, groups: ['office'] }),
    'router off': applyRouterDraft(before, 'office', { id: 'rt', peer_groups: ['routers'], metric: 100, masquerade: true, enabled: false }),
    'route acl': applyRouteDraft(before, { ...route('route-dc'), access_control_groups: ['secure'] }, 'route-dc'),
    'route distribution': applyRouteDraft(before, { ...route('route-secure'), groups: ['sales'] }, 'route-secure'),
    'route peer': applyRouteDraft(before, { ...route('route-exit'), peer_groups: ['spare'] }, 'route-exit'),
  };

  for (const [name, after] of Object.entries(edits)) {
    it(name, () => {
      const b = buildAccountIndex(before);
      const a = buildAccountIndex(after);
      const result = accessDiff(b, a);
      expect(result.changes.length, 'each edit changes something').toBeGreaterThan(0);
      expect(missedByDiff(b, a, result)).toEqual([]);
      // the draft's index derived from the account's, as the change preview makes it: the same diff
      expect(accessDiff(b, deriveAccountIndex(b, after))).toEqual(result);

      // the diff asks for one group at a time: that must be exactly the group's part of the whole matrix
      const key = (e: AccessEntry) => `${e.destination.type}:${e.destination.id} ${e.protocol}[${e.ports.join(',')}] ${e.policy ?? ''}`;
      const all = accessFor(a, { kind: 'all' });
      for (const group of a.groups.values()) {
        const mine = accessFor(a, { kind: 'group', group }).map(key).sort();
        expect(mine, group.id).toEqual(all.filter((e) => e.source.type === 'group' && e.source.id === group.id).map(key).sort());
      }
    });
  }
});
