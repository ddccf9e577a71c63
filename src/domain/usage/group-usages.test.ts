import { describe, expect, it } from 'vitest';
import { describeGroupUsage, findGroupUsageDetails, type GroupUsageLists } from './group-usages';

const empty: GroupUsageLists = {
  resources: [],
  routes: [],
  nameservers: [],
  policies: [],
  setupKeys: [],
  routers: [],
  disabledManagementGroups: [],
};

/** An account where group `g` is used everywhere a group can be, and `other` only by a policy. */
const lists: GroupUsageLists = {
  resources: [
    { id: 'res-1', name: 'Office LAN', network_id: 'net-1', groups: [{ id: 'g' }] },
    { id: 'res-2', name: 'Other', network_id: 'net-1', groups: ['other'] },
  ],
  routes: [
    { id: 'r-lan', network_id: 'branch-lab', network: '192.168.50.0/24', groups: ['g'], peer_groups: null, access_control_groups: ['g'] },
    { id: 'r-exit', network_id: 'exit-eu', network: '0.0.0.0/0', groups: ['x'], peer_groups: ['g'] },
    { id: 'r-dom', network_id: 'saas', groups: ['x'], access_control_groups: ['x'] },
  ],
  nameservers: [{ id: 'ns-1', name: 'Corp DNS', groups: ['g', 'other'] }],
  policies: [
    {
      id: 'pol-1',
      name: 'Mesh',
      rules: [
        { id: 'rule-a', name: 'Both ways', sources: [{ id: 'g' }], destinations: [{ id: 'g' }] },
        { id: 'rule-b', name: 'Other only', sources: ['other'], destinations: ['other'] },
        { name: 'To g', sources: ['other'], destinations: ['g'] },
      ],
    },
    { id: 'pol-2', name: 'Unrelated', rules: [{ name: 'r', sources: ['other'], destinations: null }] },
  ],
  setupKeys: [{ id: 'key-1', name: 'Routing peers', auto_groups: ['g'] }],
  routers: [
    { id: 'router-1', network_id: 'net-1', network_name: 'Office', peer_groups: ['g'] },
    { id: 'router-2', network_id: 'net-1', peer_groups: ['other'] },
  ],
  disabledManagementGroups: ['g'],
};

describe('findGroupUsageDetails', () => {
  it('finds nothing for an unused group', () => {
    expect(findGroupUsageDetails('g', empty)).toEqual([]);
    expect(findGroupUsageDetails('nobody', lists)).toEqual([]);
  });

  it('lists every user in NetBird order, with the role the group plays', () => {
    expect(findGroupUsageDetails('g', lists)).toEqual([
      { kind: 'network resource', id: 'res-1', name: 'Office LAN', networkId: 'net-1' },
      { kind: 'route', id: 'r-lan', networkId: 'branch-lab', exitNode: false, roles: ['distribution', 'access control'] },
      { kind: 'route', id: 'r-exit', networkId: 'exit-eu', exitNode: true, roles: ['routing peers'] },
      { kind: 'nameserver group', id: 'ns-1', name: 'Corp DNS' },
      {
        kind: 'policy',
        id: 'pol-1',
        name: 'Mesh',
        rules: [
          { index: 0, ruleId: 'rule-a', ruleName: 'Both ways', roles: ['source', 'destination'] },
          { index: 2, ruleId: undefined, ruleName: 'To g', roles: ['destination'] },
        ],
      },
      { kind: 'setup key', id: 'key-1', name: 'Routing peers' },
      { kind: 'network router', id: 'router-1', networkId: 'net-1', networkName: 'Office' },
      { kind: 'dns settings' },
    ]);
  });

  it('accepts ids and expanded groups alike', () => {
    const usages = findGroupUsageDetails('other', lists);
    expect(usages.map((u) => u.kind)).toEqual(['network resource', 'nameserver group', 'policy', 'policy', 'network router']);
  });
});

describe('describeGroupUsage', () => {
  it('names the user and the role', () => {
    const text = findGroupUsageDetails('g', lists).map(describeGroupUsage);
    expect(text).toEqual([
      'network resource "Office LAN" (member)',
      'route "branch-lab" (distribution, access control)',
      'exit node route "exit-eu" (routing peers)',
      'nameserver group "Corp DNS" (distribution)',
      'policy "Mesh" (rule "Both ways": source and destination; rule "To g": destination)',
      'setup key "Routing peers" (auto-assigned group)',
      'routing peer group of network "Office"',
      'DNS settings (DNS management disabled)',
    ]);
  });
});
