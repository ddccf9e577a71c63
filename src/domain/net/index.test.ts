import { describe, expect, it } from 'vitest';
import * as net from './index';

describe('net public surface', () => {
  it('re-exports every function other folders are written against', () => {
    const expected = [
      'ok',
      'err',
      'parseIp',
      'isIp',
      'ipToString',
      'parseCidr',
      'cidrContainsIp',
      'cidrContainsCidr',
      'cidrsOverlap',
      'hostCidr',
      'isDefaultRoute',
      'cidrSize',
      'parsePort',
      'parsePortRange',
      'portInRanges',
      'parseDomain',
      'domainMatches',
      'classifyResourceAddress',
      'parseAgentVersion',
      'isAgentVersionAtLeast',
    ];
    for (const name of expected) expect(typeof (net as Record<string, unknown>)[name], name).toBe('function');
  });

  it('does not leak ipaddr.js or internal helpers', () => {
    expect(Object.keys(net).sort()).toHaveLength(20);
    expect('parseIpCore' in net).toBe(false);
  });
});
