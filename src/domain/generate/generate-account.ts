import { toWire } from './account-wire';
import { makeSites } from './catalog';
import { generateNameservers, generateSetupKeys } from './dns-and-keys';
import { generatePeerGroups } from './groups';
import { generateNetworks } from './networks';
import { generatePeers } from './peers';
import type { AccountPlan } from './plan';
import { generatePolicies } from './policies';
import { createRng } from './prng';
import { generateRoutes } from './routes';
import { accountCounts, type AccountSize } from './sizes';
import type { GenAccount, GeneratedSnapshot } from './wire';

/**
 * generateAccount: a realistic, deterministic account of the given size (`nbrc generate`, the
 * benchmarks, demos). The same size and seed give the same snapshot byte for byte. About one site
 * per ten networks; group shares: 30% people's teams, 10% server roles, one routers group per
 * site, the rest resource groups.
 */
export interface GenerateOptions {
  /** A named size, or a number of peers (XL scaled to it). */
  size: AccountSize;
  seed?: number | undefined;
}

export const DEFAULT_SEED = 1;

function account(size: AccountSize, seed: number): GenAccount {
  return {
    id: `acc-generated-${String(size).toLowerCase()}-${seed}`,
    domain: 'acme.example',
    domain_category: 'private',
    created_at: '2024-03-01T09:00:00Z',
    created_by: 'user-00000',
    settings: {
      peer_login_expiration_enabled: true,
      peer_login_expiration: 7 * 86400,
      peer_inactivity_expiration_enabled: false,
      peer_inactivity_expiration: 600,
      regular_users_view_blocked: true,
      groups_propagation_enabled: true,
      jwt_groups_enabled: true,
      jwt_groups_claim_name: 'groups',
      jwt_allow_groups: [],
      // wildcard domain resources need it (how-routing-peers-work)
      routing_peer_dns_resolution_enabled: true,
      dns_domain: '',
      network_range: '100.92.0.0/16',
      peer_expose_enabled: false,
      peer_expose_groups: [],
      lazy_connection_enabled: false,
    },
  };
}

export function generateAccount(options: GenerateOptions): GeneratedSnapshot {
  const seed = options.seed ?? DEFAULT_SEED;
  const counts = accountCounts(options.size);
  const plan: AccountPlan = {
    rng: createRng(seed),
    sites: makeSites(Math.max(2, Math.round(counts.networks / 10))),
    peers: [],
    groups: [],
    networks: [],
    routes: [],
    policies: [],
    routingPeers: [],
    routerGroups: [],
    lab: { peers: {}, dns: {} },
  };
  const teams = Math.max(1, Math.round(counts.groups * 0.3));
  const servers = Math.max(1, Math.round(counts.groups * 0.1));
  const resourceGroups = counts.groups - 1 - plan.sites.length - teams - servers;
  if (resourceGroups < 2) throw new Error(`size ${options.size}: ${counts.groups} groups leave no room for resource groups`);

  generatePeers(plan, counts.peers);
  generatePeerGroups(plan, { teams, servers });
  generateNetworks(plan, { networks: counts.networks, resources: counts.resources, routers: counts.routers, resourceGroups });
  generateRoutes(plan, counts.routes);
  generatePolicies(plan, counts.policies);
  const nameservers = generateNameservers(plan, counts.nameservers);
  const setupKeys = generateSetupKeys(plan);
  const serverGroup = plan.groups.find((g) => g.kind === 'servers');
  return toWire(plan, {
    account: account(options.size, seed),
    nameservers,
    setupKeys,
    // servers run their own resolvers: NetBird does not manage their DNS
    disabledManagementGroups: serverGroup ? [serverGroup.id] : [],
  });
}
