import { describe, expect, it } from 'vitest';
import { formField, newRule, policyFormSchemaFor, toPolicyRequest, valuesFromRequest, type PolicyFormValues } from './policy-form-schema';

const refs = { hasGroup: (id: string) => ['eng', 'lan'].includes(id), hasPeer: (id: string) => id === 'gw', hasResource: (id: string) => id === 'res' };

const values = (over: Partial<PolicyFormValues['rules'][number]>): PolicyFormValues => ({
  name: 'Web',
  description: '',
  enabled: true,
  source_posture_checks: [],
  rules: [{ ...newRule('HTTPS'), sources: ['eng'], destinations: ['lan'], ...over }],
});

describe('toPolicyRequest', () => {
  it('sends only the chosen side of each endpoint and the ports box as NetBird lists', () => {
    const { request } = toPolicyRequest(
      values({ protocol: 'tcp', portsText: '443, 8000-8100', destinationKind: 'resource', destinationResource: { id: 'res', type: 'subnet' } }),
    );
    expect(request.rules[0]).toMatchObject({
      ports: null,
      port_ranges: [
        { start: 443, end: 443 },
        { start: 8000, end: 8100 },
      ],
      sources: ['eng'],
      destinations: [],
      sourceResource: null,
      destinationResource: { id: 'res', type: 'subnet' },
    });
  });

  it('round-trips through the form values', () => {
    const { request } = toPolicyRequest(values({ protocol: 'udp', portsText: '53' }));
    expect(toPolicyRequest(valuesFromRequest(request)).request).toEqual(request);
  });
});

describe('formField', () => {
  it('shows port issues under the Ports box and keeps other fields', () => {
    expect(formField('rules.2.ports.1')).toBe('rules.2.portsText');
    expect(formField('rules.0.port_ranges.0')).toBe('rules.0.portsText');
    expect(formField('rules.1.sources.0')).toBe('rules.1.sources');
    expect(formField('name')).toBe('name');
  });
});

describe('policyFormSchemaFor', () => {
  it('refuses what the server refuses, with its message, under the right field', () => {
    const result = policyFormSchemaFor(refs).safeParse(values({ protocol: 'tcp', portsText: '22, 70000' }));
    expect(result.success).toBe(false);
    expect(result.error?.issues.map((i) => [i.path.join('.'), i.message])).toEqual([['rules.0.portsText', 'rule "HTTPS" (rules.0): port 70000 is out of range 1-65535']]);
  });

  it('reports ports text that cannot become a range', () => {
    const result = policyFormSchemaFor(refs).safeParse(values({ protocol: 'tcp', portsText: '80-http' }));
    expect(result.error?.issues[0]?.message).toBe('rule "HTTPS" (rules.0): port range end: port "http" is not a number');
  });

  it('accepts a valid policy', () => {
    expect(policyFormSchemaFor(refs).safeParse(values({})).success).toBe(true);
  });
});
