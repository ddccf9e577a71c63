import { describe, expect, it } from 'vitest';
import { validateDnsSettings, validateNameserverGroup, type NameserverGroupDraft } from './nameserver-group';

const refs = { hasGroup: (id: string) => id === 'g1', hasPeer: () => false };

const draft = (over: Partial<NameserverGroupDraft> = {}): NameserverGroupDraft => ({
  name: 'corp',
  nameservers: [{ ip: '10.0.0.53', ns_type: 'udp', port: 53 }],
  groups: ['g1'],
  primary: false,
  domains: ['corp.example'],
  search_domains_enabled: true,
  ...over,
});

const messages = (d: NameserverGroupDraft, others: { id: string; name: string }[] = [], selfId?: string) =>
  validateNameserverGroup(d, refs, others, selfId).map((i) => i.message);

describe('validateNameserverGroup', () => {
  it('accepts a match-domain group and a primary group', () => {
    expect(messages(draft())).toEqual([]);
    expect(messages(draft({ primary: true, domains: [], search_domains_enabled: false }))).toEqual([]);
  });

  it('wants a name of 1 to 40 characters, counted as characters', () => {
    expect(messages(draft({ name: '' }))).toEqual(['name must be 1 to 40 characters, got 0']);
    expect(messages(draft({ name: 'x'.repeat(41) }))).toEqual(['name must be 1 to 40 characters, got 41']);
    expect(messages(draft({ name: 'ü'.repeat(40) }))).toEqual([]);
  });

  it('wants a unique name, except for the group itself', () => {
    expect(messages(draft(), [{ id: 'n1', name: 'corp' }])).toEqual(['a nameserver group named "corp" already exists']);
    expect(messages(draft(), [{ id: 'n1', name: 'corp' }], 'n1')).toEqual([]);
  });

  it('wants 1 to 3 nameservers', () => {
    expect(messages(draft({ nameservers: [] }))).toEqual(['nameservers must list 1 to 3 servers, got 0']);
    const ns = { ip: '1.1.1.1', ns_type: 'udp', port: 53 };
    expect(messages(draft({ nameservers: [ns, ns, ns, ns] }))).toEqual(['nameservers must list 1 to 3 servers, got 4']);
  });

  it('checks each nameserver ip, type and port', () => {
    const issues = validateNameserverGroup(draft({ nameservers: [{ ip: '10.0.0.300', ns_type: 'tcp', port: 0 }] }), refs, []);
    expect(issues.map((i) => i.field)).toEqual(['nameservers.0.ip', 'nameservers.0.ns_type', 'nameservers.0.port']);
    expect(issues[0]?.message).toContain('"10.0.0.300" is not a valid IP address');
    expect(issues[1]?.message).toBe('nameservers.0.ns_type: "tcp" is not supported; use udp');
    expect(issues[2]?.message).toBe('nameservers.0.port: port 0 is out of range 1-65535');
  });

  it('forbids domains and search domains on a primary group', () => {
    expect(messages(draft({ primary: true, search_domains_enabled: false }))).toEqual([
      'a primary nameserver group resolves every domain: domains must be empty',
    ]);
    expect(messages(draft({ primary: true, domains: [] }))).toEqual(['a primary nameserver group cannot enable search domains']);
  });

  it('wants a match domain when not primary, and no wildcard', () => {
    expect(messages(draft({ domains: [] }))).toEqual(['a nameserver group that is not primary needs at least one match domain']);
    expect(messages(draft({ domains: ['*.corp.example'] }))[0]).toContain('"*.corp.example" is a wildcard');
    expect(messages(draft({ domains: ['bad_domain.example'] }))[0]).toContain('domains.0: "bad_domain.example" is not a valid domain name');
    expect(messages(draft({ domains: ['corp.example.'] }))).toEqual([]);
  });

  it('wants existing distribution groups', () => {
    expect(messages(draft({ groups: [] }))[0]).toContain('groups must name at least one distribution group');
    expect(messages(draft({ groups: ['g1', 'gx'] }))).toEqual(['groups: group "gx" does not exist']);
  });
});

describe('validateDnsSettings', () => {
  it('wants existing groups', () => {
    expect(validateDnsSettings({ disabled_management_groups: ['g1'] }, refs)).toEqual([]);
    expect(validateDnsSettings({ disabled_management_groups: ['nope'] }, refs)[0]?.message).toBe(
      'disabled_management_groups: group "nope" does not exist',
    );
  });
});
