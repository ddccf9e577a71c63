import { describe, expect, it } from 'vitest';
import type { RefLookup } from './field-issue';
import { normalizeResourceAddress, validateNetworkResource, type ResourceNameLookup } from './network-resource';

const refs: RefLookup = { hasGroup: (id) => id === 'eng' || id === 'all', hasPeer: () => true };
const names: ResourceNameLookup = { resourceNamed: (name) => (name === 'DB' ? { id: 'r-db', networkName: 'Office' } : undefined) };
const draft = { name: 'Wiki', address: '10.0.0.5', groups: ['eng'] };

describe('normalizeResourceAddress', () => {
  it('derives the type from the address', () => {
    const kind = (a: string) => {
      const r = normalizeResourceAddress(a);
      return r.ok ? [r.value.type, r.value.address] : r.error;
    };
    expect(kind('10.0.0.5')).toEqual(['host', '10.0.0.5/32']);
    expect(kind('10.0.0.5/32')).toEqual(['host', '10.0.0.5/32']);
    expect(kind('fd00::1')).toEqual(['host', 'fd00::1/128']);
    expect(kind('10.10.1.0/16')).toEqual(['subnet', '10.10.0.0/16']);
    expect(kind('*.Corp.Example')).toEqual(['domain', '*.corp.example']);
  });
});

describe('validateNetworkResource', () => {
  it('accepts a valid resource', () => {
    expect(validateNetworkResource(draft, refs, names)).toEqual([]);
  });
  it('names an address that is neither IP, CIDR nor domain', () => {
    const issues = validateNetworkResource({ ...draft, address: 'not an address!' }, refs, names);
    expect(issues).toHaveLength(1);
    expect(issues[0]?.field).toBe('address');
    expect(issues[0]?.message).toContain('"not an address!"');
  });
  it('refuses a name used anywhere in the account, except by the resource itself', () => {
    expect(validateNetworkResource({ ...draft, name: 'DB' }, refs, names)[0]?.message).toBe(
      'name "DB" is already used by another resource in network "Office"; resource names are unique across the account',
    );
    expect(validateNetworkResource({ ...draft, name: 'DB' }, refs, names, 'r-db')).toEqual([]);
    expect(validateNetworkResource({ ...draft, name: '  ' }, refs, names)[0]?.message).toBe('name must not be empty');
  });
  it('requires existing groups', () => {
    expect(validateNetworkResource({ ...draft, groups: [] }, refs, names)[0]?.message).toMatch(/groups must name at least one group/);
    expect(validateNetworkResource({ ...draft, groups: ['eng', 'gone'] }, refs, names)).toEqual([
      { field: 'groups', message: 'groups: group "gone" does not exist' },
    ]);
  });
});
