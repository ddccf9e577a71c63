import { buildAccountIndex, type AccountIndex } from '@/domain/account';
import { classifyResourceAddress } from '@/domain/net';
import type { SnapLabPeer, SnapNameserverGroup, SnapPeer, SnapPolicy, SnapPolicyRule, SnapResource, SnapRoute, SnapRouter } from '@/domain/snapshot';
import { snapshotBuilder, type SnapshotBuilder, type WireSnapshot } from '@/domain/testing/snapshot-builder';
import type { Finding, LintCode } from '../finding';
import { lintAccount } from '../lint-account';

/**
 * lint-fixtures: the linter's tests start from one clean, well-built account (every routing-peer
 * setup of the docs done right) and add exactly one pitfall, so "raises" and "does not raise" are
 * two near-identical accounts. The reachability engineers' snapshotBuilder writes the account;
 * the patches here add what it does not model (nameserver groups, login expiration, settings).
 */

/** Patch: a change to a built snapshot (the builder returns fresh objects, so patches may mutate). */
export type Patch = (s: WireSnapshot) => void;

/**
 * cleanAccount: engineers reach the office LAN (two Linux routing peers in two failure domains,
 * with a peer policy for the routing peers' own services), a domain-only apps network with Routing
 * Peer DNS Resolution on, a branch route with ACL groups, and an exit node for travelers with its
 * ICMP policy and a primary nameserver group. Every peer runs the same agent version.
 */
export function cleanAccount(): SnapshotBuilder {
  return snapshotBuilder()
    .peer('alice', { groups: ['engineers'], os: 'Darwin 14.5' })
    .peer('bob', { groups: ['contractors'], os: 'Windows 11 Pro' })
    .peer('tina', { groups: ['travelers'], os: 'android' })
    .peer('gw-1', { groups: ['office-routers'], lanIp: '10.10.0.2', failureDomain: 'eu-central-1a' })
    .peer('gw-2', { groups: ['office-routers'], lanIp: '10.10.0.3', failureDomain: 'eu-central-1b' })
    .peer('apps-gw', { groups: ['apps-routers'], os: 'Ubuntu 24.04' })
    .peer('branch-gw', { groups: ['branch-routers'] })
    .peer('exit-1', { groups: ['exit-nodes'] })
    .network('office', {
      name: 'Office',
      routers: [{ id: 'office-router', peerGroups: ['office-routers'] }],
      resources: [{ id: 'office-lan', name: 'Office LAN', address: '10.10.0.0/16', groups: ['office'] }],
    })
    .network('apps', {
      name: 'Corp apps',
      routers: [{ id: 'apps-router', peer: 'apps-gw' }],
      resources: [
        { id: 'app', name: 'App', address: 'app.corp.example', groups: ['apps'] },
        { id: 'internal-web', name: 'Internal sites', address: '*.internal.example', groups: ['apps'] },
      ],
    })
    .route('branch', { id: 'branch-route', network: '192.168.50.0/24', peer: 'branch-gw', groups: ['engineers'], acl: ['branch-routers'] })
    .exitNode('eu-exit', { id: 'exit-route', peer: 'exit-1', groups: ['travelers'] })
    .policy('Engineers to office', { id: 'pol-office', sources: ['engineers'], destinations: ['office'] })
    .policy('Engineers to office routers', { id: 'pol-office-ssh', sources: ['engineers'], destinations: ['office-routers'], protocol: 'tcp', ports: ['22', '3000'] })
    .policy('Engineers to apps', { id: 'pol-apps', sources: ['engineers'], destinations: ['apps'] })
    .policy('Engineers to branch', { id: 'pol-branch', sources: ['engineers'], destinations: ['branch-routers'] })
    .policy('Travelers to exit node', { id: 'pol-exit', sources: ['travelers'], destinations: ['exit-nodes'], protocol: 'icmp' })
    .routingPeerDnsResolution(true);
}

/** build: the builder's snapshot with the patches applied, plus the primary nameserver group of the clean account. */
export function build(b: SnapshotBuilder, ...patches: Patch[]): WireSnapshot {
  const s = b.build();
  withNameserver({ id: 'ns-cloudflare', name: 'Cloudflare', groups: ['travelers', 'engineers'] })(s);
  for (const p of patches) p(s);
  return s;
}

export function withNameserver(ns: Partial<SnapNameserverGroup> & { id: string; groups: string[] }): Patch {
  return (s) => {
    const wire: SnapNameserverGroup & { description: string; search_domains_enabled: boolean } = {
      description: '',
      search_domains_enabled: false,
      name: ns.id,
      enabled: true,
      primary: true,
      domains: [],
      nameservers: [{ ip: '1.1.1.1', ns_type: 'udp', port: 53 }],
      ...ns,
    };
    (s.nameservers as SnapNameserverGroup[]).push(wire);
  };
}

export const withoutNameservers: Patch = (s) => {
  (s.nameservers as SnapNameserverGroup[]).length = 0;
};

export function patchPeer(id: string, patch: Partial<SnapPeer>): Patch {
  return (s) => {
    const peers = s.peers as SnapPeer[];
    const i = peers.findIndex((p) => p.id === id);
    const p = peers[i];
    if (p === undefined) throw new Error(`no peer ${id}`);
    peers[i] = { ...p, ...patch };
  };
}

export function patchSettings(patch: Partial<WireSnapshot['account']['settings']>): Patch {
  return (s) => {
    s.account = { ...s.account, settings: { ...s.account.settings, ...patch } };
  };
}

/** addResource: one more resource in an existing network, joining `groups` from its own side. */
export function addResource(networkId: string, r: { id: string; address: string; name?: string; groups: string[]; enabled?: boolean }): Patch {
  return (s) => {
    const a = classifyResourceAddress(r.address);
    if (!a.ok) throw new Error(a.error);
    const list = (s.network_resources as Record<string, SnapResource[]>)[networkId];
    if (list === undefined) throw new Error(`no network ${networkId}`);
    list.push({ id: r.id, type: a.value.type, name: r.name ?? r.id, address: a.value.address, enabled: r.enabled ?? true, groups: r.groups.map((id) => ({ id, name: id })) });
  };
}

/** addRouter: one more router in an existing network. */
export function addRouter(networkId: string, r: Partial<SnapRouter> & { id: string }): Patch {
  return (s) => {
    const list = (s.network_routers as Record<string, SnapRouter[]>)[networkId];
    if (list === undefined) throw new Error(`no network ${networkId}`);
    list.push({ metric: 100, masquerade: true, enabled: true, ...r });
  };
}

export function patchRouter(networkId: string, routerId: string, patch: Partial<SnapRouter>): Patch {
  return (s) => {
    const list = (s.network_routers as Record<string, SnapRouter[]>)[networkId] ?? [];
    const i = list.findIndex((r) => r.id === routerId);
    const r = list[i];
    if (r === undefined) throw new Error(`no router ${routerId}`);
    list[i] = { ...r, ...patch };
  };
}

export function patchRoute(routeId: string, patch: Partial<SnapRoute>): Patch {
  return (s) => {
    const routes = s.routes as SnapRoute[];
    const i = routes.findIndex((r) => r.id === routeId);
    const r = routes[i];
    if (r === undefined) throw new Error(`no route ${routeId}`);
    routes[i] = { ...r, ...patch };
  };
}

export function patchPolicy(policyId: string, patch: Partial<SnapPolicy>): Patch {
  return (s) => {
    const policies = s.policies as SnapPolicy[];
    const i = policies.findIndex((p) => p.id === policyId);
    const p = policies[i];
    if (p === undefined) throw new Error(`no policy ${policyId}`);
    policies[i] = { ...p, ...patch };
  };
}

/** patchRule: change the first rule of a policy. */
export function patchRule(policyId: string, patch: Partial<SnapPolicyRule>): Patch {
  return (s) => {
    const policies = s.policies as SnapPolicy[];
    const i = policies.findIndex((x) => x.id === policyId);
    const p = policies[i];
    const rule = p?.rules[0];
    if (p === undefined || rule === undefined) throw new Error(`no policy ${policyId}`);
    policies[i] = { ...p, rules: [{ ...rule, ...patch }, ...p.rules.slice(1)] };
  };
}

/** patchLab: the lab's view of a peer (online, failure domain, LAN address). */
export function patchLab(peerId: string, patch: SnapLabPeer): Patch {
  return (s) => {
    const peers = { ...(s.lab?.peers ?? {}) };
    peers[peerId] = { ...peers[peerId], ...patch };
    s.lab = { ...s.lab, peers };
  };
}

export const indexOf = (s: WireSnapshot): AccountIndex => buildAccountIndex(s);

/** codesOf: the codes lintAccount raises, sorted and de-duplicated. */
export const codesOf = (s: WireSnapshot): LintCode[] => [...new Set(lintAccount(s).map((f) => f.code))].sort();

/** findingsOf: the findings of one code. */
export const findingsOf = (s: WireSnapshot, code: LintCode): Finding[] => lintAccount(s).filter((f) => f.code === code);

/** problems: warnings and errors only (what a clean account must not have). */
export const problems = (s: WireSnapshot): Finding[] => lintAccount(s).filter((f) => f.severity !== 'info');
