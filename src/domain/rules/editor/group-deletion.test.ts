import { describe, expect, it } from 'vitest';
import { groupDeletionBlockers } from './group-deletion';

describe('groupDeletionBlockers', () => {
  it('refuses "All" whatever uses it', () => {
    expect(groupDeletionBlockers({ id: 'all', name: 'All' }, [])).toEqual([{ field: 'name', message: 'the "All" group cannot be deleted' }]);
  });

  it('refuses a group still in use, naming its users as the server does', () => {
    const [issue] = groupDeletionBlockers({ id: 'eng', name: 'Engineers' }, [
      { kind: 'policy', id: 'p', name: 'Web', rules: [{ index: 0, ruleName: 'HTTPS', roles: ['source'] }] },
      { kind: 'setup key', id: 'k', name: 'Laptops' },
    ]);
    expect(issue?.message).toBe('group "Engineers" cannot be deleted: it is used by policy "Web" (rule "HTTPS": source) and setup key "Laptops" (auto-assigned group)');
  });

  it('allows an unused group', () => {
    expect(groupDeletionBlockers({ id: 'x', name: 'x' }, [])).toEqual([]);
  });
});
