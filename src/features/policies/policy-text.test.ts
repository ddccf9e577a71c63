import { describe, expect, it } from 'vitest';
import { policyProtocols, portsText, protocolLabel } from './policy-text';

describe('portsText', () => {
  it('lists single ports and ranges', () => {
    expect(portsText({ protocol: 'tcp', ports: ['22', '443'], port_ranges: [{ start: 8000, end: 8999 }, { start: 53, end: 53 }] })).toBe('22, 443, 8000–8999, 53');
  });
  it('says all ports for TCP/UDP without ports and a dash where ports do not apply', () => {
    expect(portsText({ protocol: 'udp', ports: null, port_ranges: null })).toBe('All ports');
    expect(portsText({ protocol: 'all', ports: [], port_ranges: [] })).toBe('—');
    expect(portsText({ protocol: 'icmp' })).toBe('—');
  });
});

describe('protocols', () => {
  it('labels each protocol and lists a policy’s distinct ones', () => {
    expect(protocolLabel('netbird-ssh')).toBe('NetBird SSH');
    const rule = (protocol: 'tcp' | 'udp') => ({ protocol, name: 'r', enabled: true, action: 'accept' as const, bidirectional: false, sources: [], destinations: [] });
    expect(policyProtocols({ rules: [rule('tcp'), rule('udp'), rule('tcp')] })).toEqual(['TCP', 'UDP']);
  });
});
