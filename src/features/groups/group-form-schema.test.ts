import { describe, expect, it } from 'vitest';
import { groupFormSchemaFor } from './group-form-schema';

const refs = { hasGroup: () => true, hasPeer: (id: string) => id.startsWith('p'), hasResource: (id: string) => id === 'lan' };
const groups = [
  { id: 'all', name: 'All' },
  { id: 'eng', name: 'Engineers' },
];

const issues = (schema: ReturnType<typeof groupFormSchemaFor>, values: unknown) => {
  const r = schema.safeParse(values);
  return r.success ? [] : r.error.issues.map((i) => [i.path.join('.'), i.message]);
};

describe('groupFormSchemaFor', () => {
  it('refuses renaming All and changing its peers, as the control plane does', () => {
    const schema = groupFormSchemaFor(refs, { id: 'all', name: 'All', peers: ['p1', 'p2'] }, groups);
    expect(issues(schema, { name: 'Everyone', peers: ['p1'], resources: [] })).toEqual([
      ['name', 'the "All" group cannot be renamed'],
      ['peers', 'the "All" group always holds every peer: its peers cannot be changed'],
    ]);
  });

  it('refuses a name another group holds and unknown members, under their field', () => {
    const schema = groupFormSchemaFor(refs, null, groups);
    expect(issues(schema, { name: 'Engineers', peers: ['x1'], resources: [{ id: 'gone', type: 'host' }] })).toEqual([
      ['peers', 'peers: peer "x1" does not exist'],
      ['resources', 'resources: network resource "gone" does not exist'],
      ['name', 'group "Engineers" already exists'],
    ]);
  });

  it('lets a group keep its own name', () => {
    const schema = groupFormSchemaFor(refs, { id: 'eng', name: 'Engineers', peers: [] }, groups);
    expect(issues(schema, { name: 'Engineers', peers: ['p1'], resources: [{ id: 'lan', type: 'subnet' }] })).toEqual([]);
  });
});
