import { describe, expect, it } from 'vitest';
import type { RefLookup } from './field-issue';
import {
  isValidMetric,
  METRIC_MAX,
  METRIC_MIN,
  normalizeRouteDomains,
  routeConflictIssues,
  routeTarget,
  validateRoute,
  type ExistingRoute,
  type RouteDraft,
  type RouteServingLookup,
} from './route';

const groups: Record<string, string[]> = { all: ['p1', 'p2', 'p3'], routers: ['p1', 'p2'], solo: ['p3'], empty: [] };
const refs: RefLookup & RouteServingLookup = {
  hasGroup: (id) => id in groups,
  hasPeer: (id) => ['p1', 'p2', 'p3'].includes(id),
  peersOfGroup: (id) => groups[id] ?? [],
  peerName: (id) => `name-${id}`,
  groupName: (id) => `grp-${id}`,
};

const draft = (over: Partial<RouteDraft> = {}): RouteDraft => ({
  network_id: 'office',
  network: '10.10.0.0/16',
  peer: 'p1',
  metric: 100,
  groups: ['all'],
  ...over,
});

const messages = (d: RouteDraft) => validateRoute(d, refs).map((i) => i.message);

describe('metric predicates', () => {
  it('accepts 1..9999 integers only', () => {
    expect([METRIC_MIN, METRIC_MAX]).toEqual([1, 9999]);
    expect(isValidMetric(1)).toBe(true);
    expect(isValidMetric(9999)).toBe(true);
    expect(isValidMetric(0)).toBe(false);
    expect(isValidMetric(10000)).toBe(false);
    expect(isValidMetric(1.5)).toBe(false);
  });
});

describe('normalizeRouteDomains', () => {
  it('punycodes, lower-cases, keeps wildcards and drops duplicates', () => {
    expect(normalizeRouteDomains(['Bücher.Example', '*.Corp.example.com', 'xn--bcher-kva.example'])).toEqual({
      ok: true,
      value: ['xn--bcher-kva.example', '*.corp.example.com'],
    });
  });
  it('names the first bad domain', () => {
    const r = normalizeRouteDomains(['ok.example', 'bad_name.example']);
    expect(r.ok).toBe(false);
    if (!r.ok) expect(r.error).toContain('bad_name.example');
  });
  it('refuses more than 32 domains', () => {
    const r = normalizeRouteDomains(Array.from({ length: 33 }, (_, i) => `d${i}.example`));
    expect(r.ok).toBe(false);
    if (!r.ok) expect(r.error).toContain('33');
  });
});

describe('routeTarget', () => {
  it('masks a CIDR and derives the network type', () => {
    expect(routeTarget({ network: '10.10.1.5/16' })).toEqual({ kind: 'network', network: '10.10.0.0/16', network_type: 'IPv4' });
    expect(routeTarget({ network: 'FD00:1::5/64' })).toEqual({ kind: 'network', network: 'fd00:1::/64', network_type: 'IPv6' });
  });
  it('gives a domain route the Domain type and treats an empty network as absent', () => {
    expect(routeTarget({ network: '', domains: ['Example.COM'] })).toEqual({ kind: 'domains', domains: ['example.com'], network_type: 'Domain' });
  });
  it('is null for an invalid or ambiguous target', () => {
    expect(routeTarget({ network: '10.0.0/8' })).toBeNull();
    expect(routeTarget({ network: '10.0.0.0/8', domains: ['a.example'] })).toBeNull();
    expect(routeTarget({})).toBeNull();
  });
});

describe('validateRoute', () => {
  it('accepts a valid CIDR route and a valid domain route', () => {
    expect(validateRoute(draft(), refs)).toEqual([]);
    expect(validateRoute(draft({ network: undefined, domains: ['*.example.com'], peer: '', peer_groups: ['routers'] }), refs)).toEqual([]);
  });
  it('requires exactly one of network and domains', () => {
    expect(messages(draft({ domains: ['a.example'] }))[0]).toMatch(/network and domains cannot both be set/);
    expect(messages(draft({ network: undefined, domains: [] }))[0]).toMatch(/needs either network .* or domains/);
  });
  it('names an invalid CIDR', () => {
    expect(messages(draft({ network: '10.0.0/8' }))[0]).toMatch(/invalid network: "10\.0\.0\/8"/);
  });
  it('names each invalid domain with its index', () => {
    const issues = validateRoute(draft({ network: undefined, domains: ['ok.example', 'bad_name', 'x..y'] }), refs);
    expect(issues.map((i) => i.field)).toEqual(['domains.1', 'domains.2']);
    expect(issues[0]?.message).toContain('bad_name');
  });
  it('refuses more than 32 domains', () => {
    const domains = Array.from({ length: 33 }, (_, i) => `d${i}.example`);
    expect(messages(draft({ network: undefined, domains }))[0]).toMatch(/33 entries.*at most 32/);
  });
  it('requires exactly one of peer and peer_groups, empty values counting as absent', () => {
    expect(messages(draft({ peer_groups: ['routers'] }))[0]).toMatch(/peer and peer_groups cannot both be set/);
    expect(messages(draft({ peer: '', peer_groups: [] }))[0]).toMatch(/routing peer is required/);
    expect(messages(draft({ peer: undefined, peer_groups: null }))[0]).toMatch(/routing peer is required/);
  });
  it('names an unknown peer and unknown peer groups', () => {
    expect(messages(draft({ peer: 'ghost' }))).toEqual(['peer "ghost" does not exist']);
    expect(messages(draft({ peer: undefined, peer_groups: ['routers', 'nope'] }))).toEqual(['peer_groups: group "nope" does not exist']);
  });
  it('checks network_id length in characters', () => {
    expect(messages(draft({ network_id: '' }))[0]).toMatch(/network_id must not be empty/);
    expect(messages(draft({ network_id: 'x'.repeat(41) }))[0]).toMatch(/network_id must be 1 to 40 characters, got 41/);
    expect(messages(draft({ network_id: 'é'.repeat(40) }))).toEqual([]);
  });
  it('checks the metric range', () => {
    expect(messages(draft({ metric: 0 }))).toEqual(['metric must be between 1 and 9999, got 0']);
    expect(messages(draft({ metric: 10000 }))).toEqual(['metric must be between 1 and 9999, got 10000']);
  });
  it('requires distribution groups that exist, and existing ACL groups', () => {
    expect(messages(draft({ groups: [] }))[0]).toMatch(/groups must name at least one distribution group/);
    expect(messages(draft({ groups: ['all', 'gone'] }))).toEqual(['groups: group "gone" does not exist']);
    expect(messages(draft({ access_control_groups: ['acl-x'] }))).toEqual(['access_control_groups: group "acl-x" does not exist']);
  });
  it('reports every problem at once', () => {
    expect(validateRoute(draft({ metric: 0, groups: [], peer: 'ghost' }), refs).map((i) => i.field)).toEqual(['peer', 'metric', 'groups']);
  });
});

describe('routeConflictIssues', () => {
  const existing = (over: Partial<ExistingRoute>): ExistingRoute => ({ id: 'r1', network_id: 'office-lan', network: '10.10.0.0/16', peer: 'p1', ...over });

  it('refuses the same peer for the same masked prefix and names the existing route', () => {
    const issues = routeConflictIssues(draft({ network: '10.10.9.9/16' }), undefined, [existing({})], refs);
    expect(issues).toEqual([{ field: 'peer', message: 'peer "name-p1" already serves 10.10.0.0/16 in route "office-lan"' }]);
  });
  it('allows another peer, another prefix, and the route itself', () => {
    expect(routeConflictIssues(draft({ peer: 'p3' }), undefined, [existing({})], refs)).toEqual([]);
    expect(routeConflictIssues(draft({ network: '10.11.0.0/16' }), undefined, [existing({})], refs)).toEqual([]);
    expect(routeConflictIssues(draft(), 'r1', [existing({})], refs)).toEqual([]);
  });
  it('sees a peer through the peer groups on either side', () => {
    const viaOtherGroup = routeConflictIssues(draft(), undefined, [existing({ peer: undefined, peer_groups: ['routers'] })], refs);
    expect(viaOtherGroup[0]?.message).toMatch(/peer "name-p1" already serves/);
    const viaOwnGroup = routeConflictIssues(draft({ peer: undefined, peer_groups: ['all'] }), undefined, [existing({})], refs);
    expect(viaOwnGroup[0]).toEqual({ field: 'peer_groups', message: 'peer "name-p1" of peer group "grp-all" already serves 10.10.0.0/16 in route "office-lan"' });
  });
  it('refuses the same peer group even when it is empty', () => {
    const issues = routeConflictIssues(draft({ peer: undefined, peer_groups: ['empty'] }), undefined, [existing({ peer: undefined, peer_groups: ['empty'] })], refs);
    expect(issues[0]?.message).toMatch(/peer group "grp-empty" already serves/);
  });
  it('compares domain lists after normalization, in any order', () => {
    const other = existing({ network: undefined, domains: ['b.example', 'a.example'] });
    const same = routeConflictIssues(draft({ network: undefined, domains: ['A.example', 'b.example'] }), undefined, [other], refs);
    expect(same[0]?.message).toMatch(/already serves domains \[a\.example, b\.example\] in route "office-lan"/);
    expect(routeConflictIssues(draft({ network: undefined, domains: ['a.example'] }), undefined, [other], refs)).toEqual([]);
  });
});
