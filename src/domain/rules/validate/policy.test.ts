import { describe, expect, it } from 'vitest';
import { protocolTakesPorts, ruleLabel, validatePolicy, type PolicyRuleDraft } from './policy';

const refs = {
  hasGroup: (id: string) => ['g1', 'g2'].includes(id),
  hasPeer: (id: string) => id === 'p1',
  hasResource: (id: string) => id === 'r1',
};

const rule = (over: Partial<PolicyRuleDraft> = {}): PolicyRuleDraft => ({
  name: 'web',
  action: 'accept',
  protocol: 'tcp',
  sources: ['g1'],
  destinations: ['g2'],
  ports: ['443'],
  ...over,
});

const messages = (rules: PolicyRuleDraft[], name = 'p') => validatePolicy({ name, rules }, refs).map((i) => i.message);

describe('validatePolicy', () => {
  it('accepts a valid policy of several rules', () => {
    expect(messages([rule(), rule({ name: 'dns', protocol: 'udp', ports: null, port_ranges: [{ start: 53, end: 53 }] })])).toEqual([]);
  });

  it('refuses an empty name and a policy without rules', () => {
    expect(validatePolicy({ name: ' ', rules: [] }, refs)).toEqual([
      { field: 'name', message: 'policy name must not be empty' },
      { field: 'rules', message: 'a policy needs at least one rule' },
    ]);
  });

  it('checks every rule, not only the first', () => {
    const issues = validatePolicy({ name: 'p', rules: [rule(), rule({ name: 'bad', ports: ['70000'] })] }, refs);
    expect(issues).toEqual([{ field: 'rules.1.ports.0', message: 'rule "bad" (rules.1): port 70000 is out of range 1-65535' }]);
  });

  it('labels an unnamed rule by its position', () => {
    expect(ruleLabel({ name: '' }, 2)).toBe('rule 3 (rules.2)');
  });

  it('wants sources xor sourceResource, counting an empty list as absent', () => {
    expect(messages([rule({ sources: [] })])).toEqual(['rule "web" (rules.0): sources are missing: set sources (group ids) or sourceResource']);
    expect(messages([rule({ sourceResource: { id: 'p1', type: 'peer' } })])).toEqual([
      'rule "web" (rules.0): sources and sourceResource cannot both be set; choose groups or one resource',
    ]);
    expect(messages([rule({ sources: [], sourceResource: { id: 'p1', type: 'peer' } })])).toEqual([]);
  });

  it('wants destinations xor destinationResource', () => {
    expect(messages([rule({ destinations: null })])[0]).toContain('destinations are missing');
    expect(messages([rule({ destinationResource: { id: 'r1', type: 'host' } })])[0]).toContain(
      'destinations and destinationResource cannot both be set',
    );
  });

  it('refuses resource references that do not exist', () => {
    expect(messages([rule({ destinations: [], destinationResource: { id: 'r9', type: 'subnet' } })])).toEqual([
      'rule "web" (rules.0): destinationResource: network resource "r9" does not exist',
    ]);
    expect(messages([rule({ sources: [], sourceResource: { id: 'p9', type: 'peer' } })])).toEqual([
      'rule "web" (rules.0): sourceResource: peer "p9" does not exist',
    ]);
  });

  it('refuses unknown group ids (NetBird would drop them silently)', () => {
    expect(validatePolicy({ name: 'p', rules: [rule({ destinations: ['g2', 'nope'] })] }, refs)).toEqual([
      { field: 'rules.0.destinations.1', message: 'rule "web" (rules.0): destinations: group "nope" does not exist' },
    ]);
    expect(messages([rule({ protocol: 'netbird-ssh', ports: null, authorized_groups: { ghost: ['root'] } })])).toEqual([
      'rule "web" (rules.0): authorized_groups: group "ghost" does not exist',
    ]);
  });

  it('checks action and protocol against the enums', () => {
    expect(messages([rule({ action: 'allow' })])).toEqual(['rule "web" (rules.0): action "allow" is not valid; use accept or drop']);
    expect(messages([rule({ protocol: 'sctp', ports: null })])).toEqual([
      'rule "web" (rules.0): protocol "sctp" is not valid; use one of all, tcp, udp, icmp, netbird-ssh',
    ]);
  });

  it('wants ports xor port_ranges, empty lists counting as absent', () => {
    expect(messages([rule({ port_ranges: [{ start: 1, end: 2 }] })])).toEqual([
      'rule "web" (rules.0): ports and port_ranges cannot both be set; use one of them',
    ]);
    expect(messages([rule({ ports: [], port_ranges: [{ start: 1, end: 2 }] })])).toEqual([]);
  });

  it('checks port numbers and ranges', () => {
    expect(messages([rule({ ports: ['0'] })])).toEqual(['rule "web" (rules.0): port 0 is out of range 1-65535']);
    expect(messages([rule({ ports: ['http'] })])).toEqual(['rule "web" (rules.0): port "http" is not a number']);
    expect(messages([rule({ ports: null, port_ranges: [{ start: 9000, end: 8000 }] })])).toEqual([
      'rule "web" (rules.0): port range 9000-8000 is reversed: start 9000 is greater than end 8000',
    ]);
    expect(messages([rule({ ports: null, port_ranges: [{ start: 1, end: 70000 }] })])[0]).toContain('port 70000 is out of range 1-65535');
  });

  it('refuses ports with protocol all or icmp', () => {
    expect(messages([rule({ protocol: 'icmp' })])).toEqual(['rule "web" (rules.0): protocol icmp does not take ports; remove them or use tcp or udp']);
    expect(messages([rule({ protocol: 'all', ports: null, port_ranges: [{ start: 1, end: 2 }] })])[0]).toContain(
      'protocol all does not take port_ranges',
    );
    expect(messages([rule({ protocol: 'all', ports: [] })])).toEqual([]);
    expect(protocolTakesPorts('udp')).toBe(true);
    expect(protocolTakesPorts('icmp')).toBe(false);
  });
});
