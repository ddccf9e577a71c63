import { describe, expect, it } from 'vitest';
import { validateNameserverGroup } from '../validate/nameserver-group';
import { DEFAULT_MATCH_ALL_NAMESERVERS, matchAllNameserverGroup, matchAllNameserverGroupName } from './exit-node-dns';

const refs = { hasGroup: () => true, hasPeer: () => true };

describe('matchAllNameserverGroup', () => {
  it('builds a primary group on 1.1.1.1 and 1.0.0.1 port 53 that the nameserver rules accept', () => {
    const ns = matchAllNameserverGroup('Exit node DNS (exit-eu)', ['grp-travelers']);
    expect(ns).toMatchObject({ primary: true, domains: [], search_domains_enabled: false, enabled: true, groups: ['grp-travelers'] });
    expect(ns.nameservers).toEqual(DEFAULT_MATCH_ALL_NAMESERVERS.map((s) => ({ ...s, ns_type: 'udp' })));
    expect(validateNameserverGroup(ns, refs, [])).toEqual([]);
  });

  it('takes the servers the admin typed', () => {
    expect(matchAllNameserverGroup('x', ['g'], [{ ip: ' 9.9.9.9 ', port: 5353 }]).nameservers).toEqual([{ ip: '9.9.9.9', ns_type: 'udp', port: 5353 }]);
  });
});

describe('matchAllNameserverGroupName', () => {
  it('names the group after the exit node, avoiding taken names and staying within 40 characters', () => {
    expect(matchAllNameserverGroupName('exit-eu', [])).toBe('Exit node DNS (exit-eu)');
    expect(matchAllNameserverGroupName('exit-eu', ['Exit node DNS (exit-eu)'])).toBe('Exit node DNS (exit-eu) 2');
    const long = matchAllNameserverGroupName('a-very-long-network-identifier-name', ['Exit node DNS (a-very-long-network-ident']);
    expect([...long].length).toBeLessThanOrEqual(40);
    expect(long.endsWith(' 2')).toBe(true);
  });
});
