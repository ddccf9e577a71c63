import { describe, expect, it } from 'vitest';
import type { GroupUsageDetail } from '../../usage/group-usages';
import {
  groupNameConflict,
  groupRemovalIssues,
  groupUsageIssues,
  isGroupNameAll,
  validateGroup,
} from './group';

const refs = {
  hasGroup: (id: string) => ['g-all', 'g-eng'].includes(id),
  hasPeer: (id: string) => ['p1', 'p2'].includes(id),
  hasResource: (id: string) => id === 'r1',
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

  it('names up to three users and counts the rest', () => {
    const policy = (name: string): GroupUsageDetail => ({ kind: 'policy', id: name, name, rules: [{ index: 0, ruleName: 'r', roles: ['source'] }] });
    const one = groupUsageIssues({ id: 'g', name: 'eng' }, [policy('web')]);
    expect(one[0]?.message).toBe('group "eng" cannot be deleted: it is used by policy "web" (rule "r": source)');
    const two = groupUsageIssues({ id: 'g', name: 'eng' }, [policy('web'), { kind: 'setup key', id: 'k', name: 'k1' }]);
    expect(two[0]?.message).toBe('group "eng" cannot be deleted: it is used by policy "web" (rule "r": source) and setup key "k1" (auto-assigned group)');
    const many = groupUsageIssues({ id: 'g', name: 'eng' }, ['a', 'b', 'c', 'd', 'e'].map(policy));
    expect(many[0]?.message).toMatch(/^group "eng" cannot be deleted: it is used by policy "a" .*policy "c" \(rule "r": source\) and 2 more$/);
    expect(groupUsageIssues({ id: 'g', name: 'eng' }, [])).toEqual([]);
  });
});
