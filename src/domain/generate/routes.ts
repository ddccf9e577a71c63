import type { SnapRoute } from '@/domain/snapshot';
import type { Site } from './catalog';
import { pad, uniqueNamer, type AccountPlan, type PlanGroup, type PlanPeer } from './plan';
import type { Rng } from './prng';

/**
 * routes: legacy network routes, as accounts keep them next to Networks: LAN prefixes of sites
 * (alone, or as an HA set of two or three routes with one network_id), a few prefixes that a
 * migrated network now also covers (overlaps), SaaS domain routes, IPv6 prefixes and exit nodes.
 * Most have access-control groups; the rest are the docs' "every distribution peer reaches the
 * whole prefix" pitfall. One peer never serves the same target twice (the API refuses it).
 */
type SetKind = 'ipv4' | 'overlap' | 'domain' | 'ipv6' | 'exit';

interface Ctx {
  plan: AccountPlan;
  rng: Rng;
  teams: PlanGroup[];
  all: PlanGroup;
  /** target → peers already serving it, so a set never reuses one (409 AlreadyExists). */
  served: Map<string, Set<string>>;
  networkId: (base: string) => string;
}

const SAAS = ['salesforce', 'workday', 'atlassian', 'github', 'datadog', 'snowflake', 'okta', 'zendesk', 'hubspot', 'slack'];

function target(ctx: Ctx, kind: SetKind, k: number, site: Site): { key: string; fields: Pick<SnapRoute, 'network_type' | 'network' | 'domains'> } {
  const { rng, plan } = ctx;
  switch (kind) {
    case 'exit':
      return { key: '0.0.0.0/0', fields: { network_type: 'IPv4', network: '0.0.0.0/0' } };
    case 'domain': {
      // the first sets route the well-known SaaS names; later ones their regional tenants
      const saas = `${SAAS[k % SAAS.length] as string}${k < SAAS.length ? '' : `-${k}`}`;
      const domains = [`*.${saas}.example`, ...(rng.chance(0.5) ? [`${saas}-cdn.example`] : [])];
      return { key: `domains:${domains.join(',')}`, fields: { network_type: 'Domain', domains } };
    }
    case 'ipv6': {
      const net = `fd00:${(0x100 + k).toString(16)}::/48`;
      return { key: net, fields: { network_type: 'IPv6', network: net } };
    }
    case 'overlap': {
      // a site's network that was also migrated to Networks: the legacy route still covers it
      const nets = plan.networks.filter((n) => n.site === site && n.kind !== 'domain');
      const n = nets.length > 0 ? rng.pick(nets) : null;
      if (n !== null) {
        const b = n.block;
        const net = `10.${(b >>> 16) & 255}.${(b >>> 8) & 240}.0/20`;
        if (!ctx.served.has(net)) return { key: net, fields: { network_type: 'IPv4', network: net } };
      }
      return target(ctx, 'ipv4', k, site);
    }
    case 'ipv4': {
      const net = k < 4096 ? `172.${16 + (k >> 8)}.${k & 255}.0/24` : `192.168.${k & 255}.0/24`;
      return { key: net, fields: { network_type: 'IPv4', network: net } };
    }
  }
}

function distribution(ctx: Ctx): string[] {
  const { rng } = ctx;
  if (rng.chance(0.15)) return [ctx.all.id];
  return rng.sample(ctx.teams, rng.chance(0.7) ? 1 : 2).map((g) => g.id);
}

export function generateRoutes(plan: AccountPlan, total: number): void {
  const { rng } = plan;
  const teams = plan.groups.filter((g) => g.kind === 'team' && g.peers.length > 0);
  const all = plan.groups.find((g) => g.kind === 'all');
  if (all === undefined) throw new Error('the All group is generated first');
  const ctx: Ctx = { plan, rng, teams, all, served: new Map(), networkId: uniqueNamer() };
  const sites = plan.sites.filter((s) => (plan.routingPeers[s.index] ?? []).length > 0);
  let seq = 0;
  for (let k = 0; plan.routes.length < total; k++) {
    const kind = rng.weighted<SetKind>([
      ['ipv4', 76],
      ['overlap', 2],
      ['domain', 10],
      ['ipv6', 4],
      ['exit', 8],
    ]);
    const site = rng.pick(sites);
    const t = target(ctx, kind, k, site);
    const served = ctx.served.get(t.key) ?? new Set<string>();
    ctx.served.set(t.key, served);
    const gateways = (plan.routingPeers[site.index] ?? []).filter((p) => !served.has(p.id));
    if (gateways.length === 0) continue;
    const group = plan.routerGroups[site.index];
    const groupFree = group !== undefined && group.peers.length > 0 && group.peers.every((p) => !served.has(p));
    const asGroup = kind !== 'exit' && groupFree && rng.chance(0.1);
    const size = asGroup ? 1 : Math.min(gateways.length, total - plan.routes.length, rng.weighted([[1, 50], [2, 40], [3, 10]] as const));
    const peers: PlanPeer[] = asGroup ? [] : rng.sample(gateways, size);
    const linux = peers.every((p) => !/windows|darwin/i.test(p.os));
    const networkId = ctx.networkId(kind === 'exit' ? `exit-${site.name}` : kind === 'domain' ? `saas-${site.name}` : `${site.name}-lan`);
    const groups = distribution(ctx);
    const acl = kind === 'exit' ? [] : rng.chance(kind === 'domain' ? 0.5 : 0.7) && group ? [group.id] : [];
    const common = {
      network_id: networkId.slice(0, 40),
      description: kind === 'exit' ? `Exit node in ${site.city}` : `Legacy route to ${site.name} (${kind === 'domain' ? 'SaaS' : 'LAN'})`,
      enabled: rng.chance(0.97),
      masquerade: kind === 'exit' || !linux || rng.chance(0.95),
      groups,
      keep_route: kind === 'domain' || kind === 'exit',
      access_control_groups: acl,
      skip_auto_apply: false,
      ...t.fields,
    };
    const targets: ({ peer: string } | { peer_groups: string[] })[] = asGroup && group ? [{ peer_groups: [group.id] }] : peers.map((p) => ({ peer: p.id }));
    targets.forEach((who, i) => {
      plan.routes.push({ id: `route-${pad(seq++, 5)}`, ...common, ...who, metric: size === 1 || rng.chance(0.3) ? 9999 : 100 * (i + 1) });
    });
    for (const p of asGroup && group ? group.peers : peers.map((x) => x.id)) served.add(p);
  }
}
