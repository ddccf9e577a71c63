import { describe, expect, it } from 'vitest';
import { isExitNodeRoute } from './exit-node';

describe('isExitNodeRoute', () => {
  it('is true for the IPv4 and IPv6 default routes', () => {
    expect(isExitNodeRoute({ network: '0.0.0.0/0' })).toBe(true);
    expect(isExitNodeRoute({ network: '::/0' })).toBe(true);
  });

  it('is false for other prefixes, domain routes and garbage', () => {
    expect(isExitNodeRoute({ network: '10.0.0.0/8' })).toBe(false);
    expect(isExitNodeRoute({ network: '0.0.0.0/1' })).toBe(false);
    expect(isExitNodeRoute({ domains: ['example.com'] })).toBe(false);
    expect(isExitNodeRoute({ network: 'invalid Prefix', domains: ['example.com'] })).toBe(false);
    expect(isExitNodeRoute({ network: undefined })).toBe(false);
  });
});
