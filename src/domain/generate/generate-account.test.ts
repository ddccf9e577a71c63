import { describe, expect, it } from 'vitest';
import { buildAccountIndex } from '@/domain/account';
import { peerOsFamily } from '@/domain/rules/lint';
import { classifyResourceAddress } from '@/domain/net';
import { accountCounts, generateAccount, totalObjects } from './index';

const s = generateAccount({ size: 'S' });
const m = generateAccount({ size: 'M' });
const resourcesOf = (snap: typeof m) => Object.values(snap.network_resources).flat();
const routersOf = (snap: typeof m) => Object.values(snap.network_routers).flat();

describe('generateAccount', () => {
  it('is deterministic: the same size and seed give the same account, another seed another one', () => {
    expect(JSON.stringify(generateAccount({ size: 'S' }))).toBe(JSON.stringify(s));
    expect(JSON.stringify(generateAccount({ size: 'S', seed: 2 }))).not.toBe(JSON.stringify(s));
  });

  it('has exactly the counts of its size, XL divided by 100 (S) and 20 (M)', () => {
    for (const [snap, size] of [
      [s, 'S'],
      [m, 'M'],
    ] as const) {
      const c = accountCounts(size);
      expect(snap.peers).toHaveLength(c.peers);
      expect(snap.groups).toHaveLength(c.groups);
      expect(snap.networks).toHaveLength(c.networks);
      expect(resourcesOf(snap)).toHaveLength(c.resources);
      expect(routersOf(snap)).toHaveLength(c.routers);
      expect(snap.policies).toHaveLength(c.policies);
      expect(snap.routes).toHaveLength(c.routes);
      expect(snap.nameservers).toHaveLength(c.nameservers);
    }
    expect(accountCounts('XL')).toEqual({ peers: 10_000, groups: 1_000, networks: 1_000, resources: 20_000, routers: 2_000, policies: 5_000, routes: 1_000, nameservers: 200 });
    expect(totalObjects(accountCounts('XL')) / totalObjects(accountCounts('L'))).toBe(4);
  });

  it('takes a size in peers: XL scaled to that many, every count alike, through the same generator', () => {
    expect(accountCounts(1000)).toEqual({ peers: 1_000, groups: 100, networks: 100, resources: 2_000, routers: 200, policies: 500, routes: 100, nameservers: 20 });
    expect(accountCounts(500)).toEqual(accountCounts('M'));
    const five = generateAccount({ size: 500 });
    expect(five.account.id).toBe('acc-generated-500-1');
    expect({ ...five, account: null }).toEqual({ ...m, account: null });
    for (const bad of [0, -5, 2.5, Number.NaN]) expect(() => accountCounts(bad)).toThrow(RangeError);
  });

  it('uses unique ids, and unique names where NetBird requires them', () => {
    const ids = [...m.peers, ...m.groups, ...m.policies, ...m.routes, ...m.networks, ...resourcesOf(m), ...routersOf(m), ...m.nameservers, ...m.setup_keys].map((o) => o.id);
    expect(new Set(ids).size).toBe(ids.length);
    const unique = (names: string[]) => expect(new Set(names).size).toBe(names.length);
    unique(m.groups.map((g) => g.name));
    unique(resourcesOf(m).map((r) => r.name));
    unique(m.nameservers.map((n) => n.name));
    unique(m.peers.map((p) => p.name));
    unique(m.peers.map((p) => p.ip));
  });

  it('mixes operating systems and agent versions, and places routing peers in failure domains', () => {
    const families = new Set(m.peers.map((p) => peerOsFamily(p)));
    expect(families).toEqual(new Set(['linux', 'other']));
    expect(new Set(m.peers.map((p) => p.os)).size).toBeGreaterThan(8);
    expect(new Set(m.peers.map((p) => p.version)).size).toBeGreaterThan(4);
    const routingPeers = new Set(routersOf(m).flatMap((r) => (r.peer ? [r.peer] : [])));
    for (const id of routingPeers) expect(m.lab.peers[id]?.failure_domain).toMatch(/\S/);
    expect(new Set([...routingPeers].map((id) => m.lab.peers[id]?.failure_domain)).size).toBeGreaterThan(5);
  });

  it('holds hosts, subnets, domains and wildcards, with domains and IP ranges mostly in separate networks', () => {
    const types = resourcesOf(m).map((r) => {
      const a = classifyResourceAddress(r.address);
      if (!a.ok) throw new Error(a.error);
      expect(a.value.type).toBe(r.type);
      return a.value.wildcard ? 'wildcard' : r.type;
    });
    expect(new Set(types)).toEqual(new Set(['host', 'subnet', 'domain', 'wildcard']));
    const kinds = Object.values(m.network_resources).map((list) => new Set(list.map((r) => (r.type === 'domain' ? 'domain' : 'ip'))).size);
    const mixed = kinds.filter((k) => k === 2).length;
    expect(mixed).toBeGreaterThan(0);
    expect(mixed / kinds.length).toBeLessThan(0.15);
  });

  it('lists every membership on both sides, as the API does, and names only existing objects', () => {
    const index = buildAccountIndex(m);
    for (const p of m.peers) expect(p.groups.map((g) => g.id).sort()).toEqual([...(index.peerGroups.get(p.id) ?? [])].sort());
    for (const g of m.groups) {
      expect(g.peers_count).toBe(g.peers.length);
      expect(g.resources_count).toBe(g.resources.length);
    }
    for (const p of m.policies) {
      for (const r of p.rules) {
        for (const g of [...r.sources, ...r.destinations]) expect(index.groups.has(g.id)).toBe(true);
        const target = r.destinationResource;
        if (target) expect(target.type === 'peer' ? index.peers.has(target.id) : index.resources.get(target.id)?.type).toBe(target.type === 'peer' ? true : target.type);
      }
    }
    for (const r of m.routes) for (const g of [...r.groups, ...(r.access_control_groups ?? []), ...(r.peer_groups ?? [])]) expect(index.groups.has(g)).toBe(true);
  });

  it('has legacy routes with and without ACL groups, exit nodes, domain routes and lab DNS answers', () => {
    const l = generateAccount({ size: 'L' });
    expect(l.routes.some((r) => (r.access_control_groups ?? []).length > 0)).toBe(true);
    expect(l.routes.some((r) => (r.access_control_groups ?? []).length === 0 && r.network !== '0.0.0.0/0')).toBe(true);
    expect(l.routes.some((r) => r.network === '0.0.0.0/0')).toBe(true);
    expect(l.routes.some((r) => r.network_type === 'Domain')).toBe(true);
    expect(Object.keys(l.lab.dns).length).toBeGreaterThan(100);
    expect(l.policies.some((p) => p.rules.some((r) => r.destinationResource !== undefined))).toBe(true);
  });
});
