import { describe, expect, it } from 'vitest';
import { matchText, nameserverText } from './nameserver-text';

describe('nameserverText', () => {
  it('writes ip:port, bracketing IPv6', () => {
    expect(nameserverText({ ip: '1.1.1.1', port: 53 })).toBe('1.1.1.1:53');
    expect(nameserverText({ ip: '2606:4700::1111', port: 5353 })).toBe('[2606:4700::1111]:5353');
  });
});

describe('matchText', () => {
  it('says primary groups answer every domain', () => {
    expect(matchText({ primary: true, domains: [] })).toBe('All domains (primary)');
    expect(matchText({ primary: false, domains: ['corp.example', 'lab.example'] })).toBe('corp.example, lab.example');
  });
});
