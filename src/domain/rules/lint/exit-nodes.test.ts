import { describe, expect, it } from 'vitest';
import { lintExitNodes } from './exit-nodes';
import { build, cleanAccount, findingsOf, indexOf, patchPeer, patchRoute, patchRule, withNameserver, withoutNameservers } from './testing/lint-fixtures';

describe('exit-node-missing-icmp-policy', () => {
  it('is raised when the distribution groups may reach the exit node only on tcp, with a create-policy fix', () => {
    const s = build(cleanAccount(), patchRule('pol-exit', { protocol: 'tcp', ports: ['443'] }));
    const [f, ...rest] = findingsOf(s, 'exit-node-missing-icmp-policy');
    expect(rest).toEqual([]);
    expect(f?.severity).toBe('error');
    expect(f?.message).toMatch(/^No enabled policy allows ICMP \(or all traffic\) from travelers to the routing peer of exit node "eu-exit" \(0\.0\.0\.0\/0\) via exit-1: those clients never connect to it/);
    expect(f?.refs).toEqual([
      { type: 'route', id: 'exit-route' },
      { type: 'group', id: 'travelers' },
      { type: 'peer', id: 'exit-1' },
    ]);
    expect(f?.fix).toEqual({
      kind: 'create-policy',
      policy: {
        name: 'ICMP to exit node eu-exit',
        description: expect.any(String) as unknown,
        enabled: true,
        source_posture_checks: [],
        rules: [
          {
            name: 'ICMP to exit node eu-exit',
            description: '',
            enabled: true,
            action: 'accept',
            bidirectional: false,
            protocol: 'icmp',
            ports: null,
            sources: ['travelers'],
            destinations: [],
            sourceResource: null,
            destinationResource: { id: 'exit-1', type: 'peer' },
          },
        ],
      },
    });
  });

  it('is not raised when the policy allows all traffic, or ICMP from a bidirectional rule the other way', () => {
    expect(findingsOf(build(cleanAccount(), patchRule('pol-exit', { protocol: 'all' })), 'exit-node-missing-icmp-policy')).toEqual([]);
    const reverse = patchRule('pol-exit', {
      sources: [{ id: 'exit-nodes' }],
      destinations: [{ id: 'travelers' }],
      bidirectional: true,
    });
    expect(findingsOf(build(cleanAccount(), reverse), 'exit-node-missing-icmp-policy')).toEqual([]);
  });

  it('is raised when the ICMP rule is a drop, or disabled', () => {
    expect(findingsOf(build(cleanAccount(), patchRule('pol-exit', { action: 'drop' })), 'exit-node-missing-icmp-policy')).toHaveLength(1);
    expect(findingsOf(build(cleanAccount(), patchRule('pol-exit', { enabled: false })), 'exit-node-missing-icmp-policy')).toHaveLength(1);
  });

  it('counts a source group that holds members of the distribution groups, and targets the peer group in the fix', () => {
    const everyone = cleanAccount().peer('tom', { groups: ['travelers', 'staff'] });
    const viaStaff = build(everyone, patchRule('pol-exit', { sources: [{ id: 'staff' }] }));
    expect(findingsOf(viaStaff, 'exit-node-missing-icmp-policy')).toEqual([]);
    const grouped = build(cleanAccount(), patchRoute('exit-route', { peer: undefined, peer_groups: ['exit-nodes'] }), patchRule('pol-exit', { protocol: 'udp' }));
    const fix = findingsOf(grouped, 'exit-node-missing-icmp-policy')[0]?.fix;
    expect(fix?.kind === 'create-policy' ? fix.policy.rules[0] : null).toMatchObject({ destinations: ['exit-nodes'], destinationResource: null });
  });

  it('ignores a distribution group that holds only the exit node itself', () => {
    const s = build(cleanAccount(), patchRoute('exit-route', { groups: ['travelers', 'exit-nodes'] }));
    expect(findingsOf(s, 'exit-node-missing-icmp-policy')).toEqual([]);
  });
});

describe('exit-node-dns-leak', () => {
  it('is raised when the distribution groups get no primary nameserver group', () => {
    const [f, ...rest] = findingsOf(build(cleanAccount(), withoutNameservers), 'exit-node-dns-leak');
    expect(rest).toEqual([]);
    expect(f?.severity).toBe('warning');
    expect(f?.message).toBe(
      'Exit node "eu-exit" (0.0.0.0/0) via exit-1 serves travelers, but tina gets no primary nameserver group (match domain ALL): their DNS queries go to local resolvers, outside the tunnel, and reveal their location. Set a DNS server with match domain ALL for this group.',
    );
    expect(f?.refs).toEqual([
      { type: 'route', id: 'exit-route' },
      { type: 'group', id: 'travelers' },
      { type: 'peer', id: 'tina' },
    ]);
    expect(f?.fix).toBeUndefined();
  });

  it('offers to add the groups to the only primary nameserver group', () => {
    const s = build(cleanAccount(), withoutNameservers, withNameserver({ id: 'ns-1', groups: ['engineers'] }), withNameserver({ id: 'ns-corp', groups: ['travelers'], primary: false, domains: ['corp.example'] }));
    const [f] = findingsOf(s, 'exit-node-dns-leak');
    expect(f?.fix).toEqual({ kind: 'add-nameserver-group-groups', nameserverGroupId: 'ns-1', groupIds: ['travelers'] });
    expect(f?.refs).toContainEqual({ type: 'nameserver_group', id: 'ns-1' });
  });

  it('is raised when DNS management is disabled for the travelers, or the primary group is disabled', () => {
    const disabled = build(cleanAccount(), (x) => {
      x.dns_settings = { disabled_management_groups: ['travelers'] };
    });
    expect(findingsOf(disabled, 'exit-node-dns-leak')).toHaveLength(1);
    const off = build(cleanAccount(), withoutNameservers, withNameserver({ id: 'ns-off', groups: ['travelers'], enabled: false }));
    expect(findingsOf(off, 'exit-node-dns-leak')).toHaveLength(1);
  });

  it('is not raised when the primary nameserver group reaches every traveler through another group', () => {
    const s = build(cleanAccount().peer('tom', { groups: ['travelers', 'staff'] }), patchPeer('tina', { groups: [{ id: 'travelers' }, { id: 'staff' }] }), withoutNameservers, withNameserver({ id: 'ns-staff', groups: ['staff'] }));
    expect(findingsOf(s, 'exit-node-dns-leak')).toEqual([]);
  });

  it('is raised peer by peer: one covered traveler does not cover the others', () => {
    const s = build(cleanAccount().peer('tom', { groups: ['travelers', 'staff'] }), withoutNameservers, withNameserver({ id: 'ns-staff', groups: ['staff'] }));
    expect(findingsOf(s, 'exit-node-dns-leak')[0]?.refs).toContainEqual({ type: 'peer', id: 'tina' });
    expect(findingsOf(s, 'exit-node-dns-leak')[0]?.refs).not.toContainEqual({ type: 'peer', id: 'tom' });
  });
});

describe('exit-node-masquerade-off', () => {
  it('is raised for an exit node with masquerade off, with a fix that turns it on', () => {
    const [f, ...rest] = findingsOf(build(cleanAccount(), patchRoute('exit-route', { masquerade: false })), 'exit-node-masquerade-off');
    expect(rest).toEqual([]);
    expect(f?.severity).toBe('error');
    expect(f?.fix).toEqual({ kind: 'set-route-masquerade', routeId: 'exit-route', value: true });
    expect(lintExitNodes(indexOf(build(cleanAccount(), patchRoute('exit-route', { masquerade: false }))), { type: 'route', id: 'branch-route' })).toEqual([]);
  });

  it('is not raised with masquerade on, nor for a disabled exit node', () => {
    expect(findingsOf(build(cleanAccount()), 'exit-node-masquerade-off')).toEqual([]);
    expect(findingsOf(build(cleanAccount(), patchRoute('exit-route', { masquerade: false, enabled: false })), 'exit-node-masquerade-off')).toEqual([]);
  });

  it('leaves the exit node out of the general masquerade findings', () => {
    const codes = findingsOf(build(cleanAccount(), patchRoute('exit-route', { masquerade: false })), 'masquerade-off-needs-return-route');
    expect(codes).toEqual([]);
  });
});
