import { describe, expect, it } from 'vitest';
import { accountSnapshotSchema, type AccountSnapshot } from '@/api/schemas';
import { cidrContainsIp, isAgentVersionAtLeast, parseCidr, parseIp } from '@/domain/net';
import { snapshotFromState, stateFromSnapshot } from '../store/snapshot';
import { SEED_TIME } from './build-seed';
import { seedSnapshot } from './index';

const demo = seedSnapshot('demo');

function mustCidr(text: string) {
  const c = parseCidr(text);
  if (!c.ok) throw new Error(c.error);
  return c.value;
}

function inCidr(cidr: string, ip: string): boolean {
  const parsed = parseIp(ip);
  return parsed.ok && cidrContainsIp(mustCidr(cidr), parsed.value);
}

const peerByName = (name: string) => demo.peers.find((p) => p.name === name);
const groupId = (name: string) => demo.groups.find((g) => g.name === name)?.id;
const allResources = (s: AccountSnapshot) => Object.values(s.network_resources).flat();
const allRouters = (s: AccountSnapshot) => Object.values(s.network_routers).flat();

describe('demo seed', () => {
  it('is a valid account snapshot, unchanged by parsing', () => {
    const parsed = accountSnapshotSchema.parse(demo);
    expect(parsed).toEqual(demo);
  });

  it('round-trips through the store unchanged', () => {
    expect(snapshotFromState(stateFromSnapshot(demo), SEED_TIME)).toEqual(demo);
  });

  it('returns a fresh copy on every call', () => {
    const a = seedSnapshot('demo');
    a.peers.pop();
    expect(seedSnapshot('demo').peers).toHaveLength(demo.peers.length);
  });

  it('has at least 12 peers of every OS family, mixed versions, some offline, all inside 100.64.0.0/10', () => {
    expect(demo.peers.length).toBeGreaterThanOrEqual(12);
    expect(new Set(demo.peers.map((p) => p.os))).toEqual(new Set(['linux', 'windows', 'darwin', 'android']));
    const old = demo.peers.filter((p) => !isAgentVersionAtLeast(p.version, '0.59.0'));
    expect(old.length).toBeGreaterThanOrEqual(2);
    expect(old.length).toBeLessThan(demo.peers.length / 2);
    expect(demo.peers.filter((p) => !p.connected).length).toBeGreaterThanOrEqual(2);
    for (const p of demo.peers) {
      expect(inCidr('100.64.0.0/10', p.ip), p.ip).toBe(true);
      expect(inCidr(demo.account.settings.network_range ?? '', p.ip), p.ip).toBe(true);
      expect(p.hostname).toBeTruthy();
      expect(p.dns_label).toBe(`${p.name}.netbird.cloud`);
    }
    expect(new Set(demo.peers.map((p) => p.ip)).size).toBe(demo.peers.length);
    expect(new Set(demo.peers.map((p) => p.dns_label)).size).toBe(demo.peers.length);
  });

  it('has the groups the pages and pitfalls need, and All holds every peer', () => {
    for (const name of ['All', 'Engineers', 'Contractors', 'Travelers', 'office-routers', 'eu-routers', 'us-routers', 'k8s']) {
      expect(groupId(name), name).toBeDefined();
    }
    const all = demo.groups.find((g) => g.name === 'All');
    expect(all?.peers.map((p) => p.id).sort()).toEqual(demo.peers.map((p) => p.id).sort());
    expect(demo.account.settings.routing_peer_dns_resolution_enabled).toBe(true);
  });

  it('refers only to objects that exist', () => {
    const groups = new Set(demo.groups.map((g) => g.id));
    const peers = new Set(demo.peers.map((p) => p.id));
    const resources = new Set(allResources(demo).map((r) => r.id));
    const expectGroups = (ids: readonly string[] | null | undefined) => {
      for (const id of ids ?? []) expect(groups.has(id), id).toBe(true);
    };
    for (const r of demo.routes) {
      expectGroups(r.groups);
      expectGroups(r.peer_groups);
      expectGroups(r.access_control_groups);
      if (r.peer) expect(peers.has(r.peer), r.peer).toBe(true);
    }
    for (const r of allRouters(demo)) {
      expectGroups(r.peer_groups);
      if (r.peer) expect(peers.has(r.peer), r.peer).toBe(true);
    }
    for (const p of demo.policies) {
      for (const rule of p.rules) {
        expectGroups(rule.sources.map((g) => g.id));
        expectGroups(rule.destinations.map((g) => g.id));
        if (rule.destinationResource) expect(resources.has(rule.destinationResource.id)).toBe(true);
      }
    }
    for (const n of demo.nameservers) expectGroups(n.groups);
    for (const k of demo.setup_keys) expectGroups(k.auto_groups);
    for (const g of demo.groups) for (const r of g.resources) expect(resources.has(r.id), r.id).toBe(true);
    for (const id of Object.keys(demo.lab?.peers ?? {})) expect(peers.has(id), id).toBe(true);
    for (const r of allResources(demo)) expect(r.groups.length, r.name).toBeGreaterThan(0);
  });

  it('has an Office network behind a Linux routing peer whose LAN IP is inside the resource, with no peer policy to it', () => {
    const office = demo.networks.find((n) => n.name === 'Office');
    expect(office).toBeDefined();
    const resources = demo.network_resources[office?.id ?? ''] ?? [];
    expect(resources.map((r) => r.address)).toEqual(['10.10.0.0/16']);
    const routers = demo.network_routers[office?.id ?? ''] ?? [];
    expect(routers).toHaveLength(1);
    const gw = demo.peers.find((p) => p.id === routers[0]?.peer);
    expect(gw?.os).toBe('linux');
    const lanIp = demo.lab?.peers?.[gw?.id ?? '']?.lan_ip ?? '';
    expect(inCidr('10.10.0.0/16', lanIp)).toBe(true);
    const gwGroups = new Set(gw?.groups.map((g) => g.id));
    gwGroups.delete(groupId('All') ?? '');
    const reachesGw = demo.policies.some((p) => p.rules.some((r) => r.destinations.some((d) => gwGroups.has(d.id) || d.name === 'All')));
    expect(reachesGw).toBe(false);
    const engineersToOffice = demo.policies.some((p) =>
      p.rules.some((r) => r.sources.some((s) => s.name === 'Engineers') && r.destinations.some((d) => d.resources_count > 0 && demo.groups.find((g) => g.id === d.id)?.resources.some((x) => x.id === resources[0]?.id))),
    );
    expect(engineersToOffice).toBe(true);
  });

  it('has primary/standby routers (different metrics, different failure domains) and an equal-metric pair in two regions', () => {
    const routerSets = Object.values(demo.network_routers).filter((rs) => rs.length === 2);
    const metrics = routerSets.map((rs) => rs.map((r) => r.metric));
    expect(metrics).toContainEqual([10, 100]);
    expect(metrics).toContainEqual([100, 100]);
    const domainOfRouter = (r: { peer?: string | undefined; peer_groups?: string[] | null | undefined }) => {
      const peerId = r.peer ?? demo.groups.find((g) => g.id === r.peer_groups?.[0])?.peers[0]?.id ?? '';
      return demo.lab?.peers?.[peerId]?.failure_domain;
    };
    for (const rs of routerSets) {
      const domains = rs.map(domainOfRouter);
      expect(domains.every(Boolean)).toBe(true);
      expect(new Set(domains).size).toBe(2);
    }
    const regional = routerSets.find((rs) => rs.every((r) => r.metric === 100));
    expect(regional?.map((r) => r.peer_groups?.[0])).toEqual([groupId('eu-routers'), groupId('us-routers')]);
  });

  it('mixes a domain and an IP range in one network, with lab DNS resolving the domain into the range', () => {
    const mixed = Object.values(demo.network_resources).find((rs) => rs.some((r) => r.type === 'domain') && rs.some((r) => r.type === 'subnet'));
    const domain = mixed?.find((r) => r.type === 'domain');
    const range = mixed?.find((r) => r.type === 'subnet');
    const answers = demo.lab?.dns?.[domain?.address ?? ''] ?? [];
    expect(answers.length).toBeGreaterThan(0);
    for (const ip of answers) expect(inCidr(range?.address ?? '', ip)).toBe(true);
  });

  it('has a wildcard domain resource alone in its network, and the k8s service range behind the k8s group', () => {
    const wildcardNet = Object.entries(demo.network_resources).find(([, rs]) => rs.some((r) => r.address.startsWith('*.')));
    expect(wildcardNet?.[1].every((r) => r.type === 'domain')).toBe(true);
    const k8sNet = Object.entries(demo.network_resources).find(([, rs]) => rs.some((r) => r.address === '10.96.0.0/12'));
    expect(demo.network_routers[k8sNet?.[0] ?? '']?.[0]?.peer_groups).toEqual([groupId('k8s')]);
  });

  it('has legacy routes with and without ACL groups, and an exit node without an ICMP policy to its peer', () => {
    const noAcl = demo.routes.find((r) => r.network === '192.168.50.0/24');
    expect(noAcl?.access_control_groups ?? []).toEqual([]);
    expect(noAcl?.groups).toEqual([groupId('Contractors')]);
    expect(demo.routes.some((r) => r.network !== '0.0.0.0/0' && (r.access_control_groups ?? []).length > 0)).toBe(true);
    const exit = demo.routes.find((r) => r.network === '0.0.0.0/0');
    expect(exit?.network_id).toBe('exit-eu');
    expect(exit?.groups).toEqual([groupId('Travelers')]);
    const exitPeerGroups = new Set(demo.peers.find((p) => p.id === exit?.peer)?.groups.map((g) => g.id));
    const icmpToExit = demo.policies.some((p) =>
      p.rules.some((r) => (r.protocol === 'icmp' || r.protocol === 'all') && r.destinations.some((d) => exitPeerGroups.has(d.id))),
    );
    expect(icmpToExit).toBe(false);
  });

  it('has a primary nameserver group, a match-domain group, and setup keys of each kind', () => {
    expect(demo.nameservers.find((n) => n.primary)?.name).toBe('Cloudflare');
    expect(demo.nameservers.find((n) => !n.primary)?.domains).toEqual(['corp.example']);
    const routingKey = demo.setup_keys.find((k) => k.type === 'reusable' && !k.revoked);
    expect(routingKey?.auto_groups).toEqual([groupId('office-routers')]);
    expect(routingKey?.state).toBe('valid');
    expect(demo.setup_keys.some((k) => k.type === 'one-off' && k.valid)).toBe(true);
    expect(demo.setup_keys.find((k) => k.revoked)?.state).toBe('revoked');
  });

  it('uses stable readable ids', () => {
    expect(peerByName('office-gw')?.id).toBe('peer-office-gw');
    expect(groupId('Engineers')).toBe('grp-engineers');
    expect(demo.networks.find((n) => n.name === 'Office')?.id).toBe('net-office');
  });
});

describe('empty seed', () => {
  it('is a valid snapshot with only the All group', () => {
    const empty = seedSnapshot('empty');
    expect(accountSnapshotSchema.parse(empty)).toEqual(empty);
    expect(empty.groups.map((g) => g.name)).toEqual(['All']);
    expect(empty.peers).toEqual([]);
    expect(empty.networks).toEqual([]);
    expect(empty.account).toEqual(demo.account);
  });
});
