import { describe, expect, it } from 'vitest';
import { parsePastedResources } from './paste-resources';

const refs = { hasGroup: (id: string) => id === 'g', hasPeer: () => false };
const names = { resourceNamed: (name: string) => (name === 'taken.example' ? { id: 'r1', networkName: 'Office' } : undefined) };

describe('parsePastedResources', () => {
  it('turns each line into one resource, normalizing addresses', () => {
    const r = parsePastedResources('10.0.0.1\n\n  10.1.0.0/16 \nApp.Example\n*.corp.example\n', ['g'], refs, names);
    expect(r.kind).toBe('ok');
    expect(r.kind === 'ok' && r.resources.map((x) => [x.line, x.address, x.type, x.wildcard])).toEqual([
      [1, '10.0.0.1/32', 'host', false],
      [3, '10.1.0.0/16', 'subnet', false],
      [4, 'app.example', 'domain', false],
      [5, '*.corp.example', 'domain', true],
    ]);
  });

  it('names every bad line and returns no resources when any line is bad', () => {
    const r = parsePastedResources('10.0.0.1\nexa mple.com\n10.0.0.1/32\ntaken.example', ['g'], refs, names);
    expect(r.kind).toBe('errors');
    const errors = r.kind === 'errors' ? r.errors : [];
    expect(errors.map((e) => e.line)).toEqual([2, 3, 4]);
    expect(errors[0]?.message).toMatch(/^invalid address: "exa mple.com" is not an IP address, CIDR or domain name/);
    expect(errors[1]?.message).toBe('10.0.0.1/32 is already on line 1');
    expect(errors[2]?.message).toMatch(/already used by another resource in network "Office"/);
  });

  it('is empty for blank text', () => {
    expect(parsePastedResources(' \n\n', ['g'], refs, names)).toEqual({ kind: 'empty' });
  });
});
