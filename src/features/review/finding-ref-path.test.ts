import { describe, expect, it } from 'vitest';
import type { NamedRef } from '@/domain/review/named-ref';
import { findingRefPath } from './finding-ref-path';

const ref = (over: Partial<NamedRef> & Pick<NamedRef, 'type' | 'id'>): NamedRef => ({ name: over.id, networkId: null, exitNode: false, known: true, ...over });

describe('findingRefPath', () => {
  it('links each kind of object to its page', () => {
    expect(findingRefPath(ref({ type: 'peer', id: 'p 1' }))).toBe('/peers/p%201');
    expect(findingRefPath(ref({ type: 'group', id: 'g' }))).toBe('/groups/g');
    expect(findingRefPath(ref({ type: 'policy', id: 'pol' }))).toBe('/policies/pol');
    expect(findingRefPath(ref({ type: 'network', id: 'n' }))).toBe('/networks/n');
    expect(findingRefPath(ref({ type: 'resource', id: 'r', networkId: 'n' }))).toBe('/networks/n/resources/r');
    expect(findingRefPath(ref({ type: 'router', id: 'rt', networkId: 'n' }))).toBe('/networks/n/routers/rt');
    expect(findingRefPath(ref({ type: 'route', id: 'lan' }))).toBe('/routes/lan');
    expect(findingRefPath(ref({ type: 'route', id: 'exit', exitNode: true }))).toBe('/exit-nodes/exit');
    expect(findingRefPath(ref({ type: 'nameserver_group', id: 'ns' }))).toBe('/dns/nameservers/ns');
  });

  it('links nothing for the account settings, a lost object, or a resource without its network', () => {
    expect(findingRefPath(ref({ type: 'account', id: 'acc' }))).toBeNull();
    expect(findingRefPath(ref({ type: 'peer', id: 'gone', known: false }))).toBeNull();
    expect(findingRefPath(ref({ type: 'resource', id: 'r' }))).toBeNull();
  });
});
