import { describe, expect, it } from 'vitest';
import { lintPolicyGroups } from './policy-groups';
import { build, cleanAccount, findingsOf, indexOf, patchRule } from './testing/lint-fixtures';

const withAuditors = (enabled = true) => cleanAccount().group('auditors').policy('Auditors to office', { id: 'pol-audit', sources: ['auditors'], destinations: ['office'], enabled });

describe('policy-empty-group', () => {
  it('is raised for an enabled policy naming a group without peers or resources', () => {
    const [f, ...rest] = findingsOf(build(withAuditors()), 'policy-empty-group');
    expect(rest).toEqual([]);
    expect(f?.severity).toBe('info');
    expect(f?.message).toBe('Policy "Auditors to office" has group "auditors", which has no peers and no resources, as a source: that side of the rule matches nobody until the group is filled.');
    expect(f?.refs).toEqual([
      { type: 'policy', id: 'pol-audit' },
      { type: 'group', id: 'auditors' },
    ]);
  });

  it('is not raised once the group has a member, nor for a disabled policy', () => {
    expect(findingsOf(build(withAuditors().peer('ann', { groups: ['auditors'] })), 'policy-empty-group')).toEqual([]);
    expect(findingsOf(build(withAuditors(false)), 'policy-empty-group')).toEqual([]);
  });

  it('never reports the All group, and reports a group that does not exist', () => {
    const all = build(cleanAccount().group('All').policy('All to office', { id: 'pol-all', sources: ['All'], destinations: ['office'] }));
    expect(all.groups.find((g) => g.name === 'All')?.peers).toEqual([]);
    expect(lintPolicyGroups(indexOf(all))).toEqual([]);
    const ghost = build(withAuditors(), patchRule('pol-audit', { sources: [{ id: 'gone' }] }));
    expect(findingsOf(ghost, 'policy-empty-group')[0]?.message).toBe(
      'Policy "Auditors to office" has group gone, which does not exist, as a source: that side of the rule matches nobody until the group is filled.',
    );
    expect(lintPolicyGroups(indexOf(ghost), { type: 'policy', id: 'pol-office' })).toEqual([]);
  });
});
