import { describe, expect, it } from 'vitest';
import { searchDomainsBlockedReason } from './dns-search-domains';

const draft = { name: 'Corp', nameservers: [{ ip: '10.0.0.53', ns_type: 'udp', port: 53 }], groups: ['g'], domains: ['corp.example'], search_domains_enabled: false };

describe('searchDomainsBlockedReason', () => {
  it('blocks search domains on a primary group, in the validator words', () => {
    expect(searchDomainsBlockedReason({ ...draft, primary: true, domains: [] })).toBe('A primary nameserver group cannot enable search domains.');
  });

  it('allows them on a group with match domains', () => {
    expect(searchDomainsBlockedReason({ ...draft, primary: false })).toBeNull();
  });
});
