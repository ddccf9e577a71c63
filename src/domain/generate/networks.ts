import type { SnapRouter } from '@/domain/snapshot';
import { DOMAIN_HOSTS, HOST_ROLES, SERVICES, SUBNET_TIERS, type Site } from './catalog';
import { addGroup } from './groups';
import { ipv4, pad, uniqueNamer, type AccountPlan, type NetworkKind, type PlanGroup, type PlanNetwork, type PlanPeer, type PlanResource } from './plan';
import { spread, type Rng } from './prng';

/**
 * networks: each network sits at one site and owns a 10.x.y.0/20 block. Most hold IP resources
 * (subnets and hosts), about a fifth hold only domains (internal names and wildcards resolved by
 * the routing peer), and a few mix both, the pitfall the docs warn about. Routers are the site's
 * gateways, in different failure domains where the site has them. Block layout: /24 slots 0-13
 * for resources, 14 for the addresses domain names resolve to, 15 for the gateways' LAN side.
 */
export interface NetworkCounts {
  networks: number;
  resources: number;
  routers: number;
  resourceGroups: number;
}

const RESOURCE_SLOTS = 14;
const DNS_SLOT = 14;
const LAN_SLOT = 15;

/** Resource groups every site shares (by role), besides each network's own group. */
const CROSS_GROUPS = ['all-databases', 'all-web', 'monitoring-targets', 'backup-targets', 'all-dns', 'all-ldap', 'all-ci', 'pci-scope', 'all-nas', 'all-proxies'];

const blockOf = (n: number): number => (10 << 24) | (n << 12);

interface Ctx {
  plan: AccountPlan;
  rng: Rng;
  resourceName: (base: string) => string;
  crossGroups: PlanGroup[];
  /** Gateways that already have a LAN address. */
  lanSet: Set<string>;
  resourceSeq: number;
}

function join(group: PlanGroup, r: PlanResource): void {
  group.resources.push({ id: r.id, type: r.type });
}

function ipResources(ctx: Ctx, net: PlanNetwork, count: number, primary: PlanGroup): void {
  const { rng } = ctx;
  const slots = rng.sample(
    Array.from({ length: RESOURCE_SLOTS }, (_, i) => i),
    RESOURCE_SLOTS,
  );
  const hosts = new Set<number>();
  let subnets = 0;
  for (let k = 0; k < count; k++) {
    const slot = slots[subnets];
    let address: string;
    let base: string;
    let type: PlanResource['type'] = 'host';
    if (slot !== undefined && rng.chance(0.35)) {
      type = 'subnet';
      subnets++;
      const prefix = rng.weighted([
        [24, 6],
        [25, 1],
        [26, 2],
        [27, 1],
      ] as const);
      address = `${ipv4(net.block + slot * 256)}/${prefix}`;
      base = `${net.name}-${rng.pick(SUBNET_TIERS)}-net`;
    } else {
      let a: number;
      do a = net.block + rng.int(0, RESOURCE_SLOTS - 1) * 256 + rng.int(10, 250);
      while (hosts.has(a));
      hosts.add(a);
      address = `${ipv4(a)}/32`;
      base = `${net.name}-${rng.pick(HOST_ROLES)}`;
    }
    const r = addResource(ctx, net, base, address, type);
    join(primary, r);
    if (rng.chance(0.2)) join(rng.pick(ctx.crossGroups), r);
  }
}

function domainResources(ctx: Ctx, net: PlanNetwork, count: number, primary: PlanGroup): void {
  const { rng, plan } = ctx;
  const zone = `${net.name}.corp.example`;
  const used = new Set<string>();
  for (let k = 0; k < count; k++) {
    const wildcard = k > 0 && rng.chance(0.15);
    let host = wildcard ? `*.${rng.pick(['apps', 'svc', 'int', 'k8s'])}` : rng.pick(DOMAIN_HOSTS);
    if (used.has(host)) host = `${host}${k}`;
    used.add(host);
    const address = `${host}.${zone}`;
    const r = addResource(ctx, net, `${net.name}-${host.replace('*.', 'wildcard-')}`, address, 'domain');
    join(primary, r);
    if (rng.chance(0.1)) join(rng.pick(ctx.crossGroups), r);
    // what the name resolves to: an address in the network's own block, behind its routing peers
    const answer = ipv4(net.block + DNS_SLOT * 256 + 10 + (k % 240));
    plan.lab.dns[wildcard ? address.replace('*.', 'www.') : address] = [answer];
  }
}

function addResource(ctx: Ctx, net: PlanNetwork, base: string, address: string, type: PlanResource['type']): PlanResource {
  const { rng } = ctx;
  const r: PlanResource = {
    id: `res-${pad(ctx.resourceSeq++, 6)}`,
    name: ctx.resourceName(base),
    description: type === 'domain' ? `${address} via ${net.site.name}` : `${type} in ${net.site.city}`,
    address,
    type,
    enabled: rng.chance(0.97),
  };
  net.resources.push(r);
  return r;
}

function routers(ctx: Ctx, net: PlanNetwork, count: number, routerIndex: () => number): void {
  const { rng, plan } = ctx;
  const gateways = plan.routingPeers[net.site.index] ?? [];
  const group = plan.routerGroups[net.site.index];
  const equalMetric = rng.chance(0.25);
  // spread the routers over failure domains: take gateways zone by zone
  const byZone = [...gateways].sort((a, b) => zoneOf(plan, a).localeCompare(zoneOf(plan, b)));
  const start = rng.int(0, Math.max(0, byZone.length - 1));
  const chosen: PlanPeer[] = [];
  for (let k = 0; chosen.length < count && k < byZone.length; k++) {
    const p = byZone[(start + k * Math.max(1, Math.floor(byZone.length / count))) % byZone.length] as PlanPeer;
    if (!chosen.includes(p)) chosen.push(p);
  }
  for (const p of byZone) if (chosen.length < count && !chosen.includes(p)) chosen.push(p);
  // a site with fewer gateways than routers borrows another site's (a backup path over the WAN)
  if (chosen.length < count) for (const p of plan.routingPeers.flat()) if (chosen.length < count && !chosen.includes(p)) chosen.push(p);
  const usesGroup = group !== undefined && group.peers.length > 0 && rng.chance(0.08);
  const list: SnapRouter[] = [];
  chosen.forEach((p, k) => {
    const asGroup = usesGroup && k === 0;
    const linux = !/windows|darwin/i.test(p.os);
    list.push({
      id: `rtr-${pad(routerIndex(), 5)}`,
      ...(asGroup && group ? { peer_groups: [group.id] } : { peer: p.id }),
      metric: equalMetric ? 100 : 100 * (k + 1),
      // masquerade off is a Linux-only option; a few non-Linux gateways have it off anyway (pitfall)
      masquerade: linux ? rng.chance(0.96) : rng.chance(0.7),
      enabled: rng.chance(0.97),
    });
    if (!ctx.lanSet.has(p.id)) {
      ctx.lanSet.add(p.id);
      const lab = plan.lab.peers[p.id] ?? {};
      const inside = net.kind !== 'domain' && rng.chance(0.03) ? net.resources.find((r) => r.type === 'subnet') : undefined;
      // usually the gateway's LAN side is outside every resource; sometimes it is inside one (input chain pitfall)
      lab.lan_ip = inside ? inside.address.replace(/\.\d+\/\d+$/, '.1') : ipv4(net.block + LAN_SLOT * 256 + 1 + (ctx.lanSet.size % 250));
      plan.lab.peers[p.id] = lab;
    }
  });
  net.routers = list;
}

const zoneOf = (plan: AccountPlan, p: PlanPeer): string => plan.lab.peers[p.id]?.failure_domain ?? '';

export function generateNetworks(plan: AccountPlan, counts: NetworkCounts): void {
  const { rng, sites } = plan;
  const networkName = uniqueNamer();
  const crossCount = Math.max(1, Math.min(CROSS_GROUPS.length, Math.round(counts.resourceGroups * 0.06)));
  const primaryCount = counts.resourceGroups - crossCount;
  const ctx: Ctx = {
    plan,
    rng,
    resourceName: uniqueNamer(),
    crossGroups: CROSS_GROUPS.slice(0, crossCount).map((name) => addGroup(plan, 'resources', name)),
    lanSet: new Set(),
    resourceSeq: 0,
  };
  const resourceCounts = spread(rng, counts.resources, counts.networks, 3);
  const routerCounts = spread(rng, counts.routers, counts.networks, 1);
  const primaries: PlanGroup[] = [];
  const perSite = new Map<number, number>();
  let routerSeq = 0;
  // exact shares at every size: 20% domain-only networks, 5% mixing domains into IP ranges (the pitfall)
  const domainOnly = Math.max(1, Math.round(counts.networks * 0.2));
  const mixed = Math.max(1, Math.round(counts.networks * 0.05));
  const kinds: NetworkKind[] = rng.sample(
    Array.from({ length: counts.networks }, (_, i): NetworkKind => (i < domainOnly ? 'domain' : i < domainOnly + mixed ? 'mixed' : 'ip')),
    counts.networks,
  );
  for (let n = 0; n < counts.networks; n++) {
    const site = sites[Math.floor((n * sites.length) / counts.networks)] as Site;
    const kind = kinds[n] ?? 'ip';
    const name = networkName(`${site.name}-${rng.pick(SERVICES)}`);
    const net: PlanNetwork = { id: `net-${pad(n, 4)}`, name, description: `${kind === 'domain' ? 'Internal names' : 'Address space'} of ${name.slice(site.name.length + 1)} in ${site.city}`, site, kind, block: blockOf(n), resources: [], routers: [] };
    plan.networks.push(net);
    // consecutive networks of a site share a resource group: "everything at this site's apps tier"
    const gi = Math.floor((n * primaryCount) / counts.networks);
    let primary = primaries[gi];
    if (primary === undefined) {
      const k = (perSite.get(site.index) ?? 0) + 1;
      perSite.set(site.index, k);
      primary = addGroup(plan, 'resources', `res-${site.name}-${pad(k, 2)}`, 'api', site);
      primaries[gi] = primary;
    }
    const count = resourceCounts[n] ?? 3;
    if (kind === 'domain') domainResources(ctx, net, count, primary);
    else if (kind === 'ip') ipResources(ctx, net, count, primary);
    else {
      const domains = Math.min(2, count - 1);
      ipResources(ctx, net, count - domains, primary);
      domainResources(ctx, net, domains, primary);
    }
    routers(ctx, net, routerCounts[n] ?? 1, () => routerSeq++);
  }
}
