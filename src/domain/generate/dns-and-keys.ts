import { ipv4, pad, uniqueNamer, type AccountPlan } from './plan';
import { isoBefore } from './peers';
import type { GenNameserverGroup, GenSetupKey } from './wire';

/**
 * dns-and-keys: nameserver groups (one primary resolver for everyone, then a match-domain group
 * per site and per internal DNS zone, answered by a DNS server inside the site's network block),
 * and setup keys (a reusable key per site that enrolls gateways into the site's routers group,
 * onboarding keys for teams, an expired and a revoked one).
 */
const NEVER = '0001-01-01T00:00:00Z';

export function generateNameservers(plan: AccountPlan, total: number): GenNameserverGroup[] {
  const { rng } = plan;
  const all = plan.groups.find((g) => g.kind === 'all');
  const teams = plan.groups.filter((g) => g.kind === 'team');
  const out: GenNameserverGroup[] = [];
  if (total <= 0 || all === undefined) return out;
  out.push({
    id: 'ns-0000',
    name: 'Public resolvers',
    description: 'Answers every name for every peer, so roaming clients do not leak queries to hotel resolvers',
    nameservers: [
      { ip: '1.1.1.1', ns_type: 'udp', port: 53 },
      { ip: '9.9.9.9', ns_type: 'udp', port: 53 },
    ],
    enabled: true,
    groups: [all.id],
    primary: true,
    domains: [],
    search_domains_enabled: false,
  });
  const name = uniqueNamer();
  const zones: { zone: string; block: number; label: string }[] = [];
  for (const site of plan.sites) {
    const net = plan.networks.find((n) => n.site === site);
    if (net) zones.push({ zone: `${site.name}.corp.example`, block: net.block, label: site.name });
  }
  for (const net of plan.networks) if (net.kind === 'domain') zones.push({ zone: `${net.name}.corp.example`, block: net.block, label: net.name });
  for (let k = 0; out.length < total && zones.length > 0; k++) {
    const z = zones[k % zones.length] as (typeof zones)[number];
    const round = Math.floor(k / zones.length);
    const zone = round === 0 ? z.zone : `r${round}.${z.zone}`;
    const dnsServer = ipv4(z.block + 14 * 256 + 53);
    out.push({
      id: `ns-${pad(out.length, 4)}`,
      name: name(`${z.label} DNS`.slice(0, 36)),
      description: `Internal zone ${zone}`,
      nameservers: [{ ip: dnsServer, ns_type: 'udp', port: rng.chance(0.05) ? 5353 : 53 }],
      enabled: rng.chance(0.97),
      groups: rng.chance(0.4) ? [all.id] : rng.sample(teams, rng.int(1, 3)).map((g) => g.id),
      primary: false,
      domains: [zone],
      search_domains_enabled: rng.chance(0.5),
    });
  }
  return out;
}

export function generateSetupKeys(plan: AccountPlan): GenSetupKey[] {
  const { rng } = plan;
  const keys: GenSetupKey[] = [];
  const masked = () => `${rng.int(0x10000, 0xfffff).toString(16).toUpperCase()}****`;
  const add = (k: Omit<GenSetupKey, 'id' | 'key' | 'valid' | 'state' | 'updated_at' | 'ephemeral' | 'allow_extra_dns_labels' | 'last_used'> & { state: 'valid' | 'revoked' | 'expired' }) => {
    keys.push({
      id: `key-${pad(keys.length, 4)}`,
      key: masked(),
      ...k,
      valid: k.state === 'valid',
      last_used: k.used_times > 0 ? isoBefore(rng.int(3600, 90 * 86400)) : NEVER,
      updated_at: isoBefore(rng.int(86400, 200 * 86400)),
      ephemeral: false,
      allow_extra_dns_labels: false,
    });
  };
  for (const g of plan.routerGroups.slice(0, 25)) {
    add({ name: `Gateways ${g.site?.name ?? g.name}`, type: 'reusable', expires: NEVER, revoked: false, used_times: g.peers.length, auto_groups: [g.id], usage_limit: 0, state: 'valid' });
  }
  const teams = plan.groups.filter((g) => g.kind === 'team' && g.peers.length > 0).slice(0, 5);
  for (const t of teams) add({ name: `Onboarding ${t.name}`, type: 'reusable', expires: '2030-01-01T00:00:00Z', revoked: false, used_times: rng.int(0, 40), auto_groups: [t.id], usage_limit: 50, state: 'valid' });
  add({ name: 'Contractor laptop (expired)', type: 'one-off', expires: '2025-06-30T00:00:00Z', revoked: false, used_times: 0, auto_groups: teams.slice(0, 1).map((t) => t.id), usage_limit: 1, state: 'expired' });
  add({ name: 'Leaked CI key', type: 'reusable', expires: NEVER, revoked: true, used_times: 12, auto_groups: [], usage_limit: 0, state: 'revoked' });
  return keys;
}
