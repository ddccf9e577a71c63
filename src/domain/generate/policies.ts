import { pad, type AccountPlan, type PlanGroup, type PlanRule } from './plan';
import type { Rng } from './prng';

/**
 * policies: who may reach what. Every resource group but a few is opened to some team (the rest
 * are the "resource without policy" pitfall), each ACL group of a legacy route gets the policy
 * that makes the route usable, most exit nodes get the ICMP policy clients need, and the rest is
 * the everyday mix: teams to resource groups or single resources, teams to servers, server meshes,
 * monitoring, SSH, a few explicit drops, some disabled policies and multi-rule policies.
 */
interface Service {
  label: string;
  protocol: PlanRule['protocol'];
  ports?: string[];
  port_ranges?: { start: number; end: number }[];
}

const SERVICES: readonly (readonly [Service, number])[] = [
  [{ label: 'https', protocol: 'tcp', ports: ['443'] }, 25],
  [{ label: 'ssh', protocol: 'tcp', ports: ['22'] }, 10],
  [{ label: 'postgres', protocol: 'tcp', ports: ['5432'] }, 6],
  [{ label: 'mysql', protocol: 'tcp', ports: ['3306'] }, 4],
  [{ label: 'kubernetes api', protocol: 'tcp', ports: ['6443'] }, 4],
  [{ label: 'web', protocol: 'tcp', ports: ['80', '443'] }, 8],
  [{ label: 'app ports', protocol: 'tcp', port_ranges: [{ start: 8000, end: 8100 }] }, 4],
  [{ label: 'dns', protocol: 'udp', ports: ['53'] }, 3],
  [{ label: 'syslog', protocol: 'udp', ports: ['514'] }, 1],
  [{ label: 'all traffic', protocol: 'all' }, 25],
  [{ label: 'ping', protocol: 'icmp' }, 5],
  [{ label: 'rdp', protocol: 'tcp', ports: ['3389'] }, 3],
  [{ label: 'smb', protocol: 'tcp', ports: ['445'] }, 2],
];

type Kind = 'team-resources' | 'team-resource' | 'team-servers' | 'server-mesh' | 'monitoring' | 'deny' | 'ssh' | 'team-routers' | 'bidirectional-resources' | 'empty-team';

const KINDS: readonly (readonly [Kind, number])[] = [
  ['team-resources', 50],
  ['team-resource', 10],
  ['team-servers', 15],
  ['server-mesh', 10],
  ['monitoring', 4],
  ['deny', 2],
  ['ssh', 2],
  ['team-routers', 3],
  ['bidirectional-resources', 1],
  ['empty-team', 1],
];

interface Ctx {
  plan: AccountPlan;
  rng: Rng;
  total: number;
  teams: PlanGroup[];
  emptyTeams: PlanGroup[];
  servers: PlanGroup[];
  resourceGroups: PlanGroup[];
  names: Map<string, string>;
}

const groupName = (ctx: Ctx, id: string): string => ctx.names.get(id) ?? id;

function rule(name: string, service: Service, sources: string[], destinations: string[], extra: Partial<PlanRule> = {}): PlanRule {
  return {
    name,
    enabled: true,
    action: 'accept',
    bidirectional: false,
    protocol: service.protocol,
    ...(service.ports ? { ports: [...service.ports] } : {}),
    ...(service.port_ranges ? { port_ranges: service.port_ranges.map((r) => ({ ...r })) } : {}),
    sources,
    destinations,
    ...extra,
  };
}

function push(ctx: Ctx, name: string, rules: PlanRule[], description = ''): void {
  if (ctx.plan.policies.length >= ctx.total) return;
  const { rng } = ctx;
  // a tenth of the policies carry a second rule (DNS or ping to the same destination)
  const first = rules[0];
  if (first && rules.length === 1 && rng.chance(0.1)) {
    const second: Service = rng.chance(0.5) ? { label: 'dns', protocol: 'udp', ports: ['53'] } : { label: 'ping', protocol: 'icmp' };
    rules.push({ ...rule(`${name} (${second.label})`, second, [...first.sources], [...first.destinations]), ...(first.destinationResource ? { destinationResource: first.destinationResource } : {}), enabled: rng.chance(0.9) });
  }
  ctx.plan.policies.push({ id: `pol-${pad(ctx.plan.policies.length, 5)}`, name, description, enabled: rng.chance(0.97), rules });
}

function toGroup(ctx: Ctx, sources: PlanGroup[], dest: PlanGroup, service: Service, extra: Partial<PlanRule> = {}): void {
  const name = `${sources.map((g) => g.name).join(' + ')} to ${dest.name} (${service.label})`;
  push(ctx, name, [rule(name, service, sources.map((g) => g.id), [dest.id], extra)]);
}

function teamsFor(ctx: Ctx): PlanGroup[] {
  return ctx.rng.sample(ctx.teams, ctx.rng.chance(0.8) ? 1 : 2);
}

function randomPolicy(ctx: Ctx, kind: Kind): void {
  const { rng } = ctx;
  const service = rng.weighted(SERVICES);
  switch (kind) {
    case 'team-resources':
      return toGroup(ctx, teamsFor(ctx), rng.pick(ctx.resourceGroups), service);
    case 'bidirectional-resources':
      return toGroup(ctx, teamsFor(ctx), rng.pick(ctx.resourceGroups), service, { bidirectional: true });
    case 'team-resource': {
      const net = rng.pick(ctx.plan.networks);
      const res = rng.pick(net.resources);
      const sources = teamsFor(ctx);
      const name = `${sources.map((g) => g.name).join(' + ')} to ${res.name} (${service.label})`;
      return push(ctx, name, [rule(name, service, sources.map((g) => g.id), [], { destinationResource: { id: res.id, type: res.type } })]);
    }
    case 'team-servers':
      return toGroup(ctx, teamsFor(ctx), rng.pick(ctx.servers), service);
    case 'server-mesh': {
      const [a, b] = rng.sample(ctx.servers, 2);
      if (a === undefined) return;
      return toGroup(ctx, [a], b ?? a, service, { bidirectional: service.protocol !== 'icmp' || rng.chance(0.5) });
    }
    case 'monitoring':
      return toGroup(ctx, [rng.pick(ctx.servers)], rng.pick(ctx.resourceGroups), { label: 'monitoring ping', protocol: 'icmp' });
    case 'deny':
      return toGroup(ctx, teamsFor(ctx), rng.pick(ctx.resourceGroups), { label: 'no ssh', protocol: 'tcp', ports: ['22'] }, { action: 'drop' });
    case 'ssh':
      return toGroup(ctx, teamsFor(ctx), rng.pick(ctx.servers), { label: 'netbird ssh', protocol: 'netbird-ssh' });
    case 'team-routers':
      return toGroup(ctx, teamsFor(ctx), rng.pick(ctx.plan.routerGroups), { label: 'gateway admin', protocol: 'tcp', ports: ['22'] });
    case 'empty-team': {
      const team = ctx.emptyTeams.length > 0 ? rng.pick(ctx.emptyTeams) : rng.pick(ctx.teams);
      return toGroup(ctx, [team], rng.pick(ctx.resourceGroups), service);
    }
  }
}

export function generatePolicies(plan: AccountPlan, total: number): void {
  const { rng } = plan;
  const byKind = (kind: PlanGroup['kind']) => plan.groups.filter((g) => g.kind === kind);
  const allTeams = byKind('team');
  const ctx: Ctx = {
    plan,
    rng,
    total,
    teams: allTeams.filter((g) => g.peers.length > 0),
    emptyTeams: allTeams.filter((g) => g.peers.length === 0),
    servers: byKind('servers'),
    resourceGroups: byKind('resources'),
    names: new Map(plan.groups.map((g) => [g.id, g.name])),
  };

  // every resource group is opened to some team, except a few nobody remembered (pitfall)
  for (const g of ctx.resourceGroups) if (!rng.chance(0.03)) toGroup(ctx, teamsFor(ctx), g, rng.weighted(SERVICES));

  // a legacy route's ACL groups are reachable only through policies whose destination they are
  const aclUsers = new Map<string, string[]>();
  for (const r of plan.routes) for (const g of r.access_control_groups ?? []) if (!aclUsers.has(g)) aclUsers.set(g, [...r.groups]);
  for (const [acl, sources] of aclUsers) {
    const name = `${sources.map((id) => groupName(ctx, id)).join(' + ')} to routes via ${groupName(ctx, acl)}`;
    push(ctx, name, [rule(name, rng.weighted(SERVICES), sources, [acl])], 'Access to legacy routes');
  }

  // exit nodes: clients need at least ICMP to the exit node's routing peer
  for (const r of plan.routes) {
    if (r.network !== '0.0.0.0/0' || r.peer === undefined || !rng.chance(0.8)) continue;
    const name = `ICMP to exit node ${r.network_id}`;
    push(ctx, name, [rule(name, { label: 'ping', protocol: 'icmp' }, [...r.groups], [], { destinationResource: { id: r.peer, type: 'peer' } })], 'Exit node reachability');
  }

  while (plan.policies.length < total) randomPolicy(ctx, rng.weighted(KINDS));
}
