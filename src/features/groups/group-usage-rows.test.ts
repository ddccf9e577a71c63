import { describe, expect, it } from 'vitest';
import { usageHref, usageRow } from './group-usage-rows';

describe('usageRow', () => {
  it('links exit node routes to the exit node page and other routes to the route page', () => {
    expect(usageRow({ kind: 'route', id: 'r 1', networkId: 'exit-eu', exitNode: true, roles: ['distribution'] })).toMatchObject({
      type: 'Exit node',
      href: '/exit-nodes/r%201',
      role: 'Distribution group',
    });
    expect(usageRow({ kind: 'route', id: 'r2', networkId: 'lab', exitNode: false, roles: ['distribution', 'access control'] })).toMatchObject({
      href: '/routes/r2',
      role: 'Distribution group, ACL group',
    });
  });

  it('names each policy rule and its side', () => {
    const row = usageRow({
      kind: 'policy',
      id: 'p',
      name: 'Mesh',
      rules: [
        { index: 0, ruleName: 'a', roles: ['source', 'destination'] },
        { index: 2, ruleName: 'c', roles: ['destination'] },
      ],
    });
    expect(row?.role).toBe('Rule 1 "a": source and destination; Rule 3 "c": destination');
  });

  it('leaves resources out (they are listed as members)', () => {
    expect(usageRow({ kind: 'network resource', id: 'r', name: 'LAN' })).toBeNull();
  });

  it('links routers to their page in their network', () => {
    expect(usageRow({ kind: 'network router', id: 'x', networkId: 'net-1', networkName: 'Office' })).toMatchObject({ name: 'Network Office', href: '/networks/net-1/routers/x' });
  });
});

describe('usageHref', () => {
  it('links member resources to their page in their network', () => {
    expect(usageHref({ kind: 'network resource', id: 'r', name: 'LAN', networkId: 'n' })).toBe('/networks/n/resources/r');
    expect(usageHref({ kind: 'network resource', id: 'r', name: 'LAN' })).toBeUndefined();
    expect(usageHref({ kind: 'setup key', id: 'k', name: 'Key' })).toBe('/setup-keys/k');
  });
});
