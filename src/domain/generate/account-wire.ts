import type { SnapRouter } from '@/domain/snapshot';
import type { AccountPlan, PlanGroup } from './plan';
import type { GenAccount, GenGroup, GenGroupMinimum, GenNameserverGroup, GenNetwork, GenPeer, GenPolicy, GenResource, GenSetupKey, GeneratedSnapshot } from './wire';

/**
 * account-wire: the plan as NetBird's API returns it. Everything the server derives is derived
 * here the way the control plane's serializers do it (store/serialize.ts): a peer's and a
 * resource's groups in group order, group counts, rule sources and destinations as GroupMinimum,
 * a network's routers, resources, the policies that reach it and its distinct routing peers. The
 * CLI test loads the result into the control plane and checks it serializes back unchanged.
 */
export interface WireExtras {
  account: GenAccount;
  nameservers: GenNameserverGroup[];
  setupKeys: GenSetupKey[];
  disabledManagementGroups: string[];
}

function minimum(g: PlanGroup): GenGroupMinimum {
  return { id: g.id, name: g.name, peers_count: g.peers.length, resources_count: g.resources.length, issued: g.issued };
}

export function toWire(plan: AccountPlan, extras: WireExtras): GeneratedSnapshot {
  const minimums = new Map<string, GenGroupMinimum>();
  const peerGroups = new Map<string, GenGroupMinimum[]>();
  const resourceGroups = new Map<string, GenGroupMinimum[]>();
  const membersOf = new Map<string, readonly string[]>();
  const append = <V>(m: Map<string, V[]>, k: string, v: V) => {
    const list = m.get(k);
    if (list === undefined) m.set(k, [v]);
    else list.push(v);
  };
  const peerName = new Map(plan.peers.map((p) => [p.id, p.name]));
  for (const g of plan.groups) {
    const min = minimum(g);
    minimums.set(g.id, min);
    membersOf.set(g.id, g.peers);
    for (const p of g.peers) append(peerGroups, p, min);
    for (const r of g.resources) {
      append(resourceGroups, r.id, min);
    }
  }
  const min = (id: string): GenGroupMinimum => minimums.get(id) ?? { id, name: id, peers_count: 0, resources_count: 0, issued: 'api' };

  const peers: GenPeer[] = plan.peers.map((p) => {
    const desktop = p.role === 'device' && /^(Darwin|Windows)/.test(p.os);
    return {
      id: p.id,
      name: p.name,
      ip: p.ip,
      connection_ip: p.role === 'device' ? `203.0.113.${1 + (Number(p.id.slice(5)) % 250)}` : p.site.publicIp,
      connected: p.connected,
      last_seen: p.lastSeen,
      os: p.os,
      kernel_version: p.kernel,
      version: p.version,
      groups: peerGroups.get(p.id) ?? [],
      ssh_enabled: p.role !== 'device',
      user_id: p.user,
      hostname: p.name,
      ui_version: desktop ? `netbird-desktop-ui/${p.version}` : '',
      dns_label: `${p.name}.netbird.cloud`,
      login_expiration_enabled: p.loginExpiration,
      login_expired: false,
      last_login: p.lastSeen,
      inactivity_expiration_enabled: false,
      approval_required: false,
      country_code: p.site.country,
      city_name: p.site.city,
      serial_number: p.serial,
      extra_dns_labels: [],
      ephemeral: false,
      created_at: '2025-03-01T09:00:00Z',
    };
  });

  const groups: GenGroup[] = plan.groups.map((g) => ({
    ...minimum(g),
    peers: g.peers.map((id) => ({ id, name: peerName.get(id) ?? id })),
    resources: g.resources.map((r) => ({ id: r.id, type: r.type })),
  }));

  const policies: GenPolicy[] = plan.policies.map((p) => ({
    id: p.id,
    name: p.name,
    description: p.description,
    enabled: p.enabled,
    source_posture_checks: [],
    rules: p.rules.map((r, k) => {
      const { sources, destinations, ...rest } = r;
      return { ...rest, id: `${p.id.replace('pol-', 'rule-')}-${k + 1}`, description: '', sources: sources.map(min), destinations: destinations.map(min) };
    }),
  }));

  // which policies reach each network: a rule's destination resource or a destination group holding one of its resources
  const networkOfResource = new Map<string, string>();
  for (const n of plan.networks) for (const r of n.resources) networkOfResource.set(r.id, n.id);
  const networksOfGroup = new Map<string, Set<string>>();
  for (const g of plan.groups) {
    for (const r of g.resources) {
      const n = networkOfResource.get(r.id);
      if (n === undefined) continue;
      const set = networksOfGroup.get(g.id) ?? new Set<string>();
      set.add(n);
      networksOfGroup.set(g.id, set);
    }
  }
  const policiesOfNetwork = new Map<string, string[]>();
  for (const p of plan.policies) {
    const reached = new Set<string>();
    for (const r of p.rules) {
      const viaResource = r.destinationResource ? networkOfResource.get(r.destinationResource.id) : undefined;
      if (viaResource !== undefined) reached.add(viaResource);
      for (const g of r.destinations) for (const n of networksOfGroup.get(g) ?? []) reached.add(n);
    }
    for (const n of reached) append(policiesOfNetwork, n, p.id);
  }

  const networks: GenNetwork[] = [];
  const network_resources: Record<string, GenResource[]> = {};
  const network_routers: Record<string, SnapRouter[]> = {};
  for (const n of plan.networks) {
    const routingPeers = new Set<string>();
    for (const r of n.routers) {
      if (r.peer !== undefined) routingPeers.add(r.peer);
      for (const g of r.peer_groups ?? []) for (const p of membersOf.get(g) ?? []) routingPeers.add(p);
    }
    networks.push({
      id: n.id,
      name: n.name,
      description: n.description,
      routers: n.routers.map((r) => r.id),
      resources: n.resources.map((r) => r.id),
      policies: policiesOfNetwork.get(n.id) ?? [],
      routing_peers_count: routingPeers.size,
    });
    network_resources[n.id] = n.resources.map((r) => ({ ...r, groups: resourceGroups.get(r.id) ?? [] }));
    network_routers[n.id] = n.routers;
  }

  return {
    format: 'nbrc-account/1',
    account: extras.account,
    peers,
    groups,
    policies,
    routes: plan.routes,
    networks,
    network_resources,
    network_routers,
    nameservers: extras.nameservers,
    dns_settings: { disabled_management_groups: extras.disabledManagementGroups },
    setup_keys: extras.setupKeys,
    lab: plan.lab,
  };
}
