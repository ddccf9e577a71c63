import { describe, expect, it } from 'vitest';
import { routeAclEditorWarning } from './route-acl-warning';

const names: Record<string, string> = { 'grp-c': 'Contractors', 'grp-e': 'Engineers' };
const name = (id: string) => names[id];

describe('routeAclEditorWarning', () => {
  it('warns about a route without ACL groups, naming who reaches what', () => {
    expect(routeAclEditorWarning({ network: '192.168.50.0/24', groups: ['grp-c'], access_control_groups: [] }, name)).toBe(
      'Every peer in Contractors gets unrestricted access to 192.168.50.0/24',
    );
    expect(routeAclEditorWarning({ domains: ['a.example.com'], groups: ['grp-c', 'grp-e'] }, name)).toBe(
      'Every peer in Contractors or Engineers gets unrestricted access to a.example.com',
    );
  });

  it('is silent once ACL groups are set, and for exit nodes', () => {
    expect(routeAclEditorWarning({ network: '192.168.50.0/24', groups: ['grp-c'], access_control_groups: ['grp-e'] }, name)).toBeNull();
    expect(routeAclEditorWarning({ network: '0.0.0.0/0', groups: ['grp-c'] }, name)).toBeNull();
  });
});
