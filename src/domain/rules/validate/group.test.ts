import { describe, expect, it } from 'vitest';
import {
  describeUsage,
  findGroupUsages,
  groupNameConflict,
  groupRemovalIssues,
  groupUsageIssues,
  isGroupNameAll,
  validateGroup,
  type GroupUsageSources,
} from './group';

const refs = {
  hasGroup: (id: string) => ['g-all', 'g-eng'].includes(id),
  hasPeer: (id: string) => ['p1', 'p2'].includes(id),
  hasResource: (id: string) => id === 'r1',
};

const noSources: GroupUsageSources = {
  resources: [],
  routes: [],
  nameservers: [],
  policies: [],
  setupKeys: [],
  routers: [],
  disabledManagementGroups: [],
};

describe('validateGroup', () => {
  it('accepts a named group with existing peers and resources', () => {
    expect(validateGroup({ name: 'eng', peers: ['p1'], resources: [{ id: 'r1', type: 'host' }] }, refs)).toEqual([]);
  });

  it('refuses an empty name', () => {
    expect(validateGroup({ name: '  ' }, refs)).toEqual([{ field: 'name', message: 'group name must not be empty' }]);
  });

  it('names unknown peers and resources with their index', () => {
    const issues = validateGroup({ name: 'x', peers: ['p1', 'ghost'], resources: [{ id: 'r9', type: 'subnet' }] }, refs);
    expect(issues).toEqual([
      { field: 'peers.1', message: 'peers: peer "ghost" does not exist' },
      { field: 'resources.0', message: 'resources: network resource "r9" does not exist' },
    ]);
  });

  it('refuses renaming All or changing its peers, but allows the same members in another order', () => {
    const current = { name: 'All', peers: ['p1', 'p2'] };
    expect(validateGroup({ name: 'Everyone', peers: ['p1', 'p2'] }, refs, current).map((i) => i.message)).toEqual([
      'the "All" group cannot be renamed',
    ]);
    expect(validateGroup({ name: 'All', peers: ['p1'] }, refs, current)[0]?.field).toBe('peers');
    expect(validateGroup({ name: 'All', peers: ['p2', 'p1'] }, refs, current)).toEqual([]);
  });

  it('lets another group be renamed', () => {
    expect(validateGroup({ name: 'devs' }, refs, { name: 'eng', peers: [] })).toEqual([]);
  });
});

describe('groupNameConflict', () => {
  const groups = [
    { id: 'g1', name: 'eng' },
    { id: 'g2', name: 'ops' },
  ];
  it('finds a name held by another group', () => {
    expect(groupNameConflict(' eng ', undefined, groups)?.message).toBe('group "eng" already exists');
  });
  it('lets a group keep its own name', () => {
    expect(groupNameConflict('eng', 'g1', groups)).toBeNull();
  });
});

describe('group deletion', () => {
  it('refuses deleting All, by exact name', () => {
    expect(isGroupNameAll('All')).toBe(true);
    expect(isGroupNameAll('all')).toBe(false);
    expect(groupRemovalIssues({ id: 'g', name: 'All' })[0]?.message).toBe('the "All" group cannot be deleted');
    expect(groupRemovalIssues({ id: 'g', name: 'eng' })).toEqual([]);
  });

  it('finds every kind of user in NetBird order', () => {
    const usages = findGroupUsages('g', {
      resources: [{ id: 'r1', name: 'office-lan', groups: ['g'] }],
      routes: [{ id: 'rt', network_id: 'office', groups: [], access_control_groups: ['g'] }],
      nameservers: [{ id: 'ns', name: 'corp-dns', groups: ['g'] }],
      policies: [{ id: 'po', name: 'web', rules: [{ sources: ['x'], destinations: ['g'] }] }],
      setupKeys: [{ id: 'k', name: 'routers-key', auto_groups: ['g'] }],
      routers: [{ id: 'ro', peer_groups: ['g'], networkName: 'Office' }],
      disabledManagementGroups: ['g'],
    });
    expect(usages.map(describeUsage)).toEqual([
      'network resource "office-lan"',
      'route "office"',
      'nameserver group "corp-dns"',
      'policy "web"',
      'setup key "routers-key"',
      'network router of network "Office"',
      'DNS settings (disabled DNS management groups)',
    ]);
  });

  it('finds nothing for an unused group', () => {
    expect(findGroupUsages('g', { ...noSources, routes: [{ id: 'r', network_id: 'n', groups: ['other'] }] })).toEqual([]);
  });

  it('names up to three users and counts the rest', () => {
    const one = groupUsageIssues({ id: 'g', name: 'eng' }, [{ kind: 'policy', id: 'p', label: 'web' }]);
    expect(one[0]?.message).toBe('group "eng" cannot be deleted: it is used by policy "web"');
    const two = groupUsageIssues({ id: 'g', name: 'eng' }, [
      { kind: 'policy', id: 'p', label: 'web' },
      { kind: 'setup key', id: 'k', label: 'k1' },
    ]);
    expect(two[0]?.message).toBe('group "eng" cannot be deleted: it is used by policy "web" and setup key "k1"');
    const many = groupUsageIssues(
      { id: 'g', name: 'eng' },
      ['a', 'b', 'c', 'd', 'e'].map((label) => ({ kind: 'policy' as const, id: label, label })),
    );
    expect(many[0]?.message).toBe('group "eng" cannot be deleted: it is used by policy "a", policy "b", policy "c" and 2 more');
    expect(groupUsageIssues({ id: 'g', name: 'eng' }, [])).toEqual([]);
  });
});
