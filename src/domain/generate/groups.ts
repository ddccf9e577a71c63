import { DEPARTMENTS, SERVER_ROLES, TEAMS, type Site } from './catalog';
import { pad, type AccountPlan, type GroupKind, type PlanGroup } from './plan';

/**
 * groups: "All" (every peer, as NetBird keeps it), one routers group per site (what routers and
 * setup keys name), people's teams (some synced from the identity provider, a few left empty after
 * a reorganisation), and server roles per site. Resource groups come with the networks.
 */
export interface GroupCounts {
  teams: number;
  servers: number;
}

export function addGroup(plan: AccountPlan, kind: GroupKind, name: string, issued: PlanGroup['issued'] = 'api', site: Site | null = null): PlanGroup {
  const g: PlanGroup = { id: `grp-${pad(plan.groups.length, 4)}`, name, kind, issued, site, peers: [], resources: [] };
  plan.groups.push(g);
  return g;
}

function teamName(i: number): string {
  if (i < DEPARTMENTS.length) return DEPARTMENTS[i] as string;
  const j = i - DEPARTMENTS.length;
  const dept = DEPARTMENTS[j % DEPARTMENTS.length] as string;
  const team = TEAMS[Math.floor(j / DEPARTMENTS.length) % TEAMS.length] as string;
  const round = Math.floor(j / (DEPARTMENTS.length * TEAMS.length));
  return round === 0 ? `${dept}-${team}` : `${dept}-${team}-${round + 1}`;
}

export function generatePeerGroups(plan: AccountPlan, counts: GroupCounts): void {
  const { rng, sites, peers } = plan;
  const all = addGroup(plan, 'all', 'All');
  all.peers = peers.map((p) => p.id);

  plan.routerGroups = sites.map((site) => {
    const g = addGroup(plan, 'routers', `${site.name}-routers`, 'api', site);
    // most gateways join their site's group through the setup key; some were added one by one
    for (const p of plan.routingPeers[site.index] ?? []) if (rng.chance(0.9)) g.peers.push(p.id);
    return g;
  });

  const teams = Array.from({ length: counts.teams }, (_, i) => addGroup(plan, 'team', teamName(i), rng.chance(0.4) ? 'jwt' : 'api'));
  // the last few teams were emptied by a reorganisation but are still named in policies
  const staffed = teams.slice(0, Math.max(1, teams.length - Math.floor(teams.length * 0.02)));
  const servers = Array.from({ length: counts.servers }, (_, i) => {
    const site = sites[i % sites.length] as Site;
    const role = SERVER_ROLES[Math.floor(i / sites.length) % SERVER_ROLES.length] as string;
    return addGroup(plan, 'servers', `${site.name}-${role}-servers`, 'api', site);
  });
  const serversBySite = new Map<number, PlanGroup[]>();
  for (const g of servers) if (g.site) serversBySite.set(g.site.index, [...(serversBySite.get(g.site.index) ?? []), g]);

  for (const p of peers) {
    if (p.role === 'device') {
      // departments are the big groups; people are in one or two teams, a few only in All
      const n = rng.weighted([
        [0, 10],
        [1, 60],
        [2, 30],
      ] as const);
      const pool = rng.chance(0.5) ? staffed.slice(0, Math.min(staffed.length, DEPARTMENTS.length)) : staffed;
      for (const g of rng.sample(pool, n)) g.peers.push(p.id);
    } else if (p.role === 'server') {
      const own = serversBySite.get(p.site.index);
      (own ? rng.pick(own) : rng.pick(servers)).peers.push(p.id);
    }
  }
}
