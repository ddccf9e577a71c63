import { describe, expect, it } from 'vitest';
import { normalizeManagementUrl, remoteTargetSchema } from './remote-target-schema';

describe('normalizeManagementUrl', () => {
  it('drops trailing slashes and a trailing /api', () => {
    expect(normalizeManagementUrl('https://nb.example.com/')).toBe('https://nb.example.com');
    expect(normalizeManagementUrl('https://nb.example.com/api')).toBe('https://nb.example.com');
    expect(normalizeManagementUrl('https://nb.example.com/api/')).toBe('https://nb.example.com');
    expect(normalizeManagementUrl(' http://127.0.0.1:33073/api// ')).toBe('http://127.0.0.1:33073');
  });
  it('keeps a path prefix and the port, drops query and fragment', () => {
    expect(normalizeManagementUrl('https://example.com/netbird/api?x=1#y')).toBe('https://example.com/netbird');
    expect(normalizeManagementUrl('https://example.com:8443/netbird/')).toBe('https://example.com:8443/netbird');
  });
  it('does not strip /api from the middle of a path', () => {
    expect(normalizeManagementUrl('https://example.com/api/v2')).toBe('https://example.com/api/v2');
  });
  it('refuses non-http schemes and non-URLs', () => {
    expect(normalizeManagementUrl('ftp://example.com')).toBeNull();
    expect(normalizeManagementUrl('javascript:alert(1)')).toBeNull();
    expect(normalizeManagementUrl('nb.example.com')).toBeNull();
    expect(normalizeManagementUrl('')).toBeNull();
  });
});

describe('remoteTargetSchema', () => {
  it('normalizes the URL and trims the token', () => {
    expect(remoteTargetSchema.parse({ url: 'https://nb.example.com/api/', token: ' nbp_x ', remember: false })).toEqual({
      url: 'https://nb.example.com',
      token: 'nbp_x',
      remember: false,
    });
  });
  it('names each missing or wrong field', () => {
    const r = remoteTargetSchema.safeParse({ url: 'ftp://x', token: '', remember: true });
    expect(r.success).toBe(false);
    const fields = r.error?.issues.map((i) => i.path.join('.'));
    expect(fields).toEqual(expect.arrayContaining(['url', 'token']));
    expect(r.error?.issues.find((i) => i.path[0] === 'url')?.message).toMatch(/http/);
  });
});
