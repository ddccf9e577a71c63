import type { SnapGroup, SnapPeer, SnapPolicy, SnapResource, SnapRoute, SnapRouter, Snapshot } from '@/domain/snapshot';

/**
 * big-account: a large, regular account for the linter's performance test, the size issue 5
 * benchmarks (10,000 peers, 1,000 groups, 1,000 networks, 20,000 resources, 2,000 routers, 5,000
 * policies, 1,000 routes). Deterministic, so a slow run is the code's fault, not the data's.
 * Mostly well built, with a sprinkling of every pitfall so each family has work to do: every 10th
 * network is domain-only, every 50th mixes a domain into its ranges (and leaks through the lab
 * DNS), every 20th has masquerade off on its standby, some routes lack ACL groups.
 */
export interface BigAccountSize {
  peers: number;
  groups: number;
  networks: number;
  resourcesPerNetwork: number;
  policies: number;
  routes: number;
}

export const ISSUE_5_SIZE: BigAccountSize = { peers: 10_000, groups: 1_000, networks: 1_000, resourcesPerNetwork: 20, policies: 5_000, routes: 1_000 };

export function bigAccount(size: BigAccountSize = ISSUE_5_SIZE): Snapshot {
  const groupPeers: { id: string; name: string }[][] = Array.from({ length: size.groups }, () => []);
  const groupResources: { id: string; type: 'host' | 'subnet' | 'domain' }[][] = Array.from({ length: size.groups }, () => []);
  const gid = (i: number) => `g${i % size.groups}`;
  const peers: SnapPeer[] = [];
  const lab: Record<string, { online: boolean; failure_domain: string; lan_ip?: string }> = {};
  for (let i = 0; i < size.peers; i++) {
    const id = `p${i}`;
    const name = `peer-${i}`;
    const gs = [i % size.groups, (i * 7 + 3) % size.groups];
    for (const g of gs) groupPeers[g]?.push({ id, name });
    peers.push({
      id,
      name,
      ip: `100.${64 + Math.floor(i / 65536)}.${Math.floor(i / 256) % 256}.${i % 256}`,
      connected: i % 50 !== 0,
      os: i < size.networks * 2 ? 'linux' : i % 3 === 0 ? 'Darwin 14.5' : 'Windows 11 Pro',
      version: '0.60.0',
      groups: gs.map((g) => ({ id: gid(g), name: gid(g) })),
      login_expiration_enabled: i >= size.networks * 2,
    });
    lab[id] = { online: i % 50 !== 0, failure_domain: `az-${i % 3}` };
  }
  const networks = [];
  const networkResources: Record<string, SnapResource[]> = {};
  const networkRouters: Record<string, SnapRouter[]> = {};
  const dns: Record<string, string[]> = {};
  for (let n = 0; n < size.networks; n++) {
    const id = `n${n}`;
    networks.push({ id, name: `network-${n}` });
    const domainOnly = n % 10 === 0;
    const resources: SnapResource[] = [];
    for (let r = 0; r < size.resourcesPerNetwork; r++) {
      const rid = `r${n}-${r}`;
      const group = (n * 3 + (r % 3)) % size.groups;
      const domain = domainOnly || (r === 0 && n % 50 === 1);
      const address = domain ? `${r === 1 ? '*.' : ''}app${r}.net${n}.example` : r % 2 === 0 ? `10.${Math.floor(n / 4)}.${(n % 4) * 64 + r}.0/24` : `10.${Math.floor(n / 4)}.${(n % 4) * 64 + r}.7/32`;
      const type = domain ? 'domain' : address.endsWith('/32') ? 'host' : 'subnet';
      resources.push({ id: rid, type, name: `resource-${n}-${r}`, address, enabled: r % 17 !== 5, groups: [{ id: gid(group), name: gid(group) }] });
      groupResources[group]?.push({ id: rid, type });
      if (domain && !address.startsWith('*.')) dns[address] = [`10.${Math.floor(n / 4)}.${(n % 4) * 64 + 2}.9`];
    }
    networkResources[id] = resources;
    networkRouters[id] = [
      { id: `rt${n}-a`, peer: `p${n * 2}`, metric: 100, masquerade: true, enabled: true },
      { id: `rt${n}-b`, peer: `p${n * 2 + 1}`, metric: 200, masquerade: n % 20 !== 0, enabled: true },
    ];
    lab[`p${n * 2}`] = { online: true, failure_domain: 'az-a', ...(n % 25 === 3 ? { lan_ip: `10.${Math.floor(n / 4)}.${(n % 4) * 64 + 2}.1` } : {}) };
  }
  const policies: SnapPolicy[] = [];
  for (let i = 0; i < size.policies; i++) {
    const toPeers = i % 5 === 4;
    policies.push({
      id: `pol${i}`,
      name: `policy-${i}`,
      enabled: i % 23 !== 0,
      source_posture_checks: [],
      rules: [
        {
          id: `rule${i}`,
          name: `policy-${i}`,
          enabled: true,
          action: 'accept',
          bidirectional: toPeers || i % 97 === 0,
          protocol: toPeers ? 'tcp' : 'all',
          ports: toPeers ? ['22', '443'] : null,
          sources: [{ id: gid(i * 13 + 5) }],
          destinations: [{ id: gid(toPeers ? i * 11 : (Math.floor(i / 5) * 3 + (i % 3)) % size.groups) }],
        },
      ],
    });
  }
  const routes: SnapRoute[] = [];
  for (let i = 0; i < size.routes; i++) {
    const exit = i % 100 === 0;
    routes.push({
      id: `route${i}`,
      network_id: `route-${Math.floor(i / 2)}`,
      description: '',
      network_type: 'IPv4',
      enabled: true,
      peer: `p${(i * 17) % (size.networks * 2)}`,
      network: exit ? '0.0.0.0/0' : `192.168.${Math.floor(i / 2) % 256}.0/24`,
      metric: 100,
      masquerade: true,
      groups: [gid(i * 5 + 1)],
      keep_route: false,
      access_control_groups: i % 40 === 7 ? [] : [gid(i * 5 + 2)],
    });
  }
  const groups: SnapGroup[] = groupPeers.map((ps, g) => ({ id: gid(g), name: gid(g), peers: ps, resources: groupResources[g] ?? [] }));
  return {
    account: { id: 'acc-big', settings: { peer_login_expiration_enabled: true, peer_login_expiration: 86400, routing_peer_dns_resolution_enabled: false } },
    peers,
    groups,
    policies,
    routes,
    networks,
    network_resources: networkResources,
    network_routers: networkRouters,
    nameservers: [{ id: 'ns', name: 'ns', enabled: true, groups: [gid(1)], primary: true, domains: [], nameservers: [{ ip: '1.1.1.1', ns_type: 'udp', port: 53 }] }],
    dns_settings: { disabled_management_groups: [] },
    setup_keys: [],
    lab: { peers: lab, dns },
  };
}
