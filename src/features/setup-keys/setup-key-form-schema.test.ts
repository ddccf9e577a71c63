import { describe, expect, it } from 'vitest';
import { emptySetupKeyValues, routingPeerKeyValues, setupKeyFormSchemaFor, toCreateRequest } from './setup-key-form-schema';

const refs = { hasGroup: (id: string) => ['routers', 'all'].includes(id), hasPeer: () => false, groupName: (id: string) => (id === 'all' ? 'All' : id) };
const issues = (values: unknown) => {
  const r = setupKeyFormSchemaFor(refs).safeParse(values);
  return r.success ? [] : r.error.issues.map((i) => [i.path.join('.'), i.message]);
};

describe('toCreateRequest', () => {
  it('turns days into seconds and "never" into 0', () => {
    expect(toCreateRequest({ ...emptySetupKeyValues(), name: ' k ', expiresInDays: '7' })).toMatchObject({ name: 'k', expires_in: 604800, usage_limit: 0 });
    expect(toCreateRequest({ ...emptySetupKeyValues(), neverExpires: true }).expires_in).toBe(0);
  });
});

describe('routingPeerKeyValues', () => {
  it('makes a reusable, never-expiring, unlimited, non-ephemeral key into the routing peer group', () => {
    expect(routingPeerKeyValues({ ...emptySetupKeyValues(), ephemeral: true }, 'routers')).toMatchObject({
      name: 'Routing peers',
      type: 'reusable',
      neverExpires: true,
      usageLimit: '0',
      ephemeral: false,
      autoGroups: ['routers'],
    });
  });
});

describe('setupKeyFormSchemaFor', () => {
  it('refuses what the control plane refuses, under the form’s fields', () => {
    expect(issues({ ...emptySetupKeyValues(), name: '', usageLimit: '5', autoGroups: ['all'] })).toEqual([
      ['name', 'setup key name must not be empty'],
      ['usageLimit', 'a one-off key can be used once: usage_limit must be 0 or 1, got 5'],
      ['autoGroups', 'auto_groups: the "All" group cannot be an auto group (every peer joins it anyway)'],
    ]);
  });

  it('asks for whole numbers', () => {
    expect(issues({ ...emptySetupKeyValues(), name: 'k', expiresInDays: 'soon', usageLimit: 'x' })).toEqual([
      ['expiresInDays', 'expiry must be a whole number of days (1 or more), or choose "never expires"'],
      ['usageLimit', 'usage limit must be a whole number (0 = unlimited)'],
    ]);
  });

  it('accepts the routing peer preset', () => {
    expect(issues(routingPeerKeyValues(emptySetupKeyValues(), 'routers'))).toEqual([]);
  });
});
