import { describe, expect, it } from 'vitest';
import { isAgentVersionAtLeast, parseAgentVersion } from './version';

describe('parseAgentVersion', () => {
  it('parses released versions', () => {
    expect(parseAgentVersion('0.59.1')).toEqual({ major: 0, minor: 59, patch: 1 });
    expect(parseAgentVersion(' v1.2.3 ')).toEqual({ major: 1, minor: 2, patch: 3 });
    expect(parseAgentVersion('0.60.0-rc1')).toEqual({ major: 0, minor: 60, patch: 0 });
    expect(parseAgentVersion('0.59.1+linux')).toEqual({ major: 0, minor: 59, patch: 1 });
  });

  it('recognizes development builds', () => {
    expect(parseAgentVersion('development')).toBe('development');
    expect(parseAgentVersion('Development')).toBe('development');
    expect(parseAgentVersion('0.0.0-dev')).toBe('development');
    expect(parseAgentVersion('0.59.1-dev')).toBe('development');
    expect(parseAgentVersion('0.59.1-dev.3+abc123')).toBe('development');
    expect(parseAgentVersion('0.28.5-SNAPSHOT-1a2b3c')).toBe('development');
    expect(parseAgentVersion('0.0.0-1a2b3c')).toBe('development');
  });

  it('returns null for empty, unknown and garbage', () => {
    expect(parseAgentVersion('')).toBeNull();
    expect(parseAgentVersion('unknown')).toBeNull();
    expect(parseAgentVersion('0.59')).toBeNull();
    expect(parseAgentVersion('1.2.3.4')).toBeNull();
    expect(parseAgentVersion('01.2.3')).toBeNull();
    expect(parseAgentVersion('latest')).toBeNull();
    expect(parseAgentVersion('a.b.c')).toBeNull();
  });
});

describe('isAgentVersionAtLeast', () => {
  const min = '0.59.0';

  it('compares released versions numerically', () => {
    expect(isAgentVersionAtLeast('0.58.3', min)).toBe(false);
    expect(isAgentVersionAtLeast('0.59.0', min)).toBe(true);
    expect(isAgentVersionAtLeast('0.59.1', min)).toBe(true);
    expect(isAgentVersionAtLeast('0.60.0', min)).toBe(true);
    expect(isAgentVersionAtLeast('1.0.0', min)).toBe(true);
    expect(isAgentVersionAtLeast('0.9.0', min)).toBe(false);
    expect(isAgentVersionAtLeast('0.100.0', min)).toBe(true);
  });

  it('lets development builds through', () => {
    expect(isAgentVersionAtLeast('development', min)).toBe(true);
    expect(isAgentVersionAtLeast('0.0.0-dev', min)).toBe(true);
  });

  it('treats empty or unparsable versions as too old', () => {
    expect(isAgentVersionAtLeast('', min)).toBe(false);
    expect(isAgentVersionAtLeast('unknown', min)).toBe(false);
    expect(isAgentVersionAtLeast('0.59.0', 'garbage')).toBe(false);
  });

  it('orders a pre-release of the minimum before the minimum', () => {
    expect(isAgentVersionAtLeast('0.59.0-rc1', min)).toBe(false);
    expect(isAgentVersionAtLeast('0.60.0-rc1', min)).toBe(true);
  });
});
