import { describe, expect, it } from 'vitest';
import { routeAclWarning, routeDestinationText, routeHasAclGroups } from './route-acl';

const names: Record<string, string> = { c: 'Contractors', t: 'Travelers', e: 'Engineers' };
const groupName = (id: string) => names[id];

describe('routeAclWarning', () => {
  it('is null when the route has ACL groups', () => {
    const route = { network: '10.0.0.0/8', groups: ['c'], access_control_groups: ['e'] };
    expect(routeHasAclGroups(route)).toBe(true);
    expect(routeAclWarning(route, groupName)).toBeNull();
  });

  it('names the distribution group and the network', () => {
    expect(routeAclWarning({ network: '192.168.50.0/24', groups: ['c'], access_control_groups: null }, groupName)).toBe(
      'Every peer in Contractors gets unrestricted access to 192.168.50.0/24',
    );
  });

  it('joins several groups with "or" and several domains with "and"', () => {
    expect(routeAclWarning({ domains: ['app.example.com', '*.corp.example', 'x.example'], groups: ['c', 't'], access_control_groups: [] }, groupName)).toBe(
      'Every peer in Contractors or Travelers gets unrestricted access to app.example.com, *.corp.example and x.example',
    );
  });

  it('shows an unknown group id as is', () => {
    expect(routeAclWarning({ network: '10.1.0.0/16', groups: ['gone', 'e'] }, groupName)).toBe(
      'Every peer in gone or Engineers gets unrestricted access to 10.1.0.0/16',
    );
  });
});

describe('routeDestinationText', () => {
  it('prefers domains over a network', () => {
    expect(routeDestinationText({ network: '0.0.0.0/0', domains: ['a.example'] })).toBe('a.example');
    expect(routeDestinationText({ network: '10.0.0.0/8', domains: null })).toBe('10.0.0.0/8');
  });
});
