import { describe, expect, it } from 'vitest';
import { nameserverFieldOf, nameserverFormDefaults, nameserverFormSchema, toNameserverRequest, type NameserverFormValues } from './nameserver-form-schema';

const refs = { hasGroup: (id: string) => id === 'grp-all', hasPeer: () => true };
const others = [{ id: 'ns-corp', name: 'Corp DNS' }];
const values = (over: Partial<NameserverFormValues> = {}): NameserverFormValues => ({
  ...nameserverFormDefaults(),
  name: 'Lab DNS',
  servers: [{ ip: '10.0.0.53', port: '53' }],
  domains: [{ name: 'lab.example' }],
  groups: ['grp-all'],
  ...over,
});

function errors(v: NameserverFormValues, selfId?: string): Record<string, string> {
  const r = nameserverFormSchema({ refs, others, selfId }).safeParse(v);
  return r.success ? {} : Object.fromEntries(r.error.issues.map((i) => [i.path.join('.'), i.message]));
}

describe('nameserverFormSchema', () => {
  it('accepts a match-domain group and a primary group', () => {
    expect(errors(values())).toEqual({});
    expect(errors(values({ matchKind: 'primary', domains: [{ name: 'ignored.example' }] }))).toEqual({});
  });

  it('needs a match domain unless primary, and refuses wildcards', () => {
    expect(errors(values({ domains: [{ name: '' }] })).domains).toBe('a nameserver group that is not primary needs at least one match domain');
    expect(Object.keys(errors(values({ domains: [{ name: '' }, { name: '*.lab.example' }] })))).toEqual(['domains.1.name']);
  });

  it('refuses search domains on a primary group, a taken name, and a bad server', () => {
    expect(errors(values({ matchKind: 'primary', search_domains_enabled: true })).search_domains_enabled).toBe('a primary nameserver group cannot enable search domains');
    expect(errors(values({ name: 'Corp DNS' })).name).toBe('a nameserver group named "Corp DNS" already exists');
    expect(errors(values({ name: 'Corp DNS' }), 'ns-corp')).toEqual({});
    expect(Object.keys(errors(values({ servers: [{ ip: '10.0.0', port: '70000' }] })))).toEqual(['servers.0.ip', 'servers.0.port']);
  });
});

describe('toNameserverRequest', () => {
  it('sends no match domains for a primary group and numbers for ports', () => {
    expect(toNameserverRequest(values({ matchKind: 'primary' }))).toMatchObject({ primary: true, domains: [], nameservers: [{ ip: '10.0.0.53', ns_type: 'udp', port: 53 }] });
  });
});

describe('nameserverFieldOf', () => {
  it('maps request fields onto the form rows', () => {
    expect(nameserverFieldOf(values(), 'nameservers.2.port')).toBe('servers.2.port');
    expect(nameserverFieldOf({ domains: [{ name: '' }, { name: 'x' }] }, 'domains.0')).toBe('domains.1.name');
  });
});
