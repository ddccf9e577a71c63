import { buildAccountIndex } from '@/domain/account';
import { dedicatedDomainNetworkName } from '@/domain/rules/editor/resource-mix';
import { sharedFailureDomain } from '@/domain/rules/lint/high-availability';
import { DEFAULT_NETBIRD_RANGE, masqueradeOffAllowed, returnRouteAdvice } from '@/domain/rules/lint/masquerade';
import { isWildcardAddress } from '@/domain/rules/lint/domain-routing';
import { networkMixesDomainAndIp } from '@/domain/rules/lint/network-resources';
import { classifyResourceAddress, parseIp, parsePort } from '@/domain/net';
import type { Snapshot } from '@/domain/snapshot';
import { isExitNode, newPeers, routingPeerIds, type WizardPlan } from './plan';

/**
 * check-plan: what stands in the way of each step, in the docs' terms. Errors stop the admin from
 * leaving the step; warnings explain a risk (all routing peers in one failure domain, domains next
 * to IP ranges); notes say what the plan will do on its own (turn on Routing Peer DNS Resolution).
 * Every rule is the linter's or the editors' function, asked about the planned account.
 */
export type PlanStep = 'network' | 'peers' | 'install' | 'access';

export interface PlanIssue {
  step: PlanStep;
  severity: 'error' | 'warning' | 'note';
  /** The form field the issue is about, e.g. `resources.0.address`; '' for the step as a whole. */
  field: string;
  message: string;
}

export function checkPlan(current: Snapshot, planned: Snapshot, plan: WizardPlan): PlanIssue[] {
  return [...checkNetwork(current, plan), ...checkPeers(current, planned, plan), ...checkInstall(current, plan), ...checkAccess(current, plan)];
}

export const issuesOf = (issues: readonly PlanIssue[], step: PlanStep) => issues.filter((i) => i.step === step);
export const stepBlocked = (issues: readonly PlanIssue[], step: PlanStep) => issues.some((i) => i.step === step && i.severity === 'error');

const lower = (s: string) => s.trim().toLowerCase();

function checkNetwork(s: Snapshot, plan: WizardPlan): PlanIssue[] {
  const out: PlanIssue[] = [];
  const add = (severity: PlanIssue['severity'], field: string, message: string) => out.push({ step: 'network', severity, field, message });
  if (isExitNode(plan)) {
    if (plan.exitNode.name.trim() === '') add('error', 'exitNode.name', 'Name the exit node (the route’s network identifier).');
    else if (s.routes.some((r) => lower(r.network_id) === lower(plan.exitNode.name))) add('error', 'exitNode.name', `A route set "${plan.exitNode.name}" exists already: pick another name.`);
    if (plan.exitNode.nameservers.length === 0) add('error', 'exitNode.nameservers', 'Add at least one nameserver for the match-all DNS group.');
    plan.exitNode.nameservers.forEach((ip, i) => {
      const p = parseIp(ip);
      if (!p.ok) add('error', `exitNode.nameservers.${i}`, `Nameserver ${i + 1}: ${p.error}`);
    });
    add('note', '', 'An exit node uses a 0.0.0.0/0 network route: Networks do not cover exit nodes yet.');
    return out;
  }
  if (plan.network.kind === 'new') {
    const name = plan.network.name;
    if (name.trim() === '') add('error', 'network.name', 'Name the network.');
    else if (s.networks.some((n) => lower(n.name) === lower(name))) add('error', 'network.name', `A network named "${name}" exists already: choose it as an existing network or pick another name.`);
  } else {
    const id = plan.network.id;
    if (!s.networks.some((n) => n.id === id)) add('error', 'network.id', 'Choose an existing network.');
  }
  if (plan.resourceGroup.kind === 'new') {
    const name = plan.resourceGroup.name;
    if (name.trim() === '') add('error', 'resourceGroup.name', 'Name the resource group.');
    else if (s.groups.some((g) => lower(g.name) === lower(name))) add('error', 'resourceGroup.name', `A group named "${name}" exists already: choose it as an existing group or pick another name.`);
  } else if (!s.groups.some((g) => g.id === (plan.resourceGroup as { id: string }).id)) add('error', 'resourceGroup.id', 'Choose an existing group.');

  if (plan.resources.length === 0) add('error', 'resources', 'Add at least one resource.');
  const typed: { type: 'host' | 'subnet' | 'domain' }[] = [];
  const names = new Set<string>();
  const existingNames = new Set(plan.network.kind === 'existing' ? (s.network_resources[plan.network.id] ?? []).map((r) => lower(r.name)) : []);
  plan.resources.forEach((r, i) => {
    if (r.name.trim() === '') add('error', `resources.${i}.name`, `Resource ${i + 1}: give it a name.`);
    else if (names.has(lower(r.name)) || existingNames.has(lower(r.name))) add('error', `resources.${i}.name`, `Resource ${i + 1}: the network has a resource named "${r.name}" already.`);
    names.add(lower(r.name));
    const a = classifyResourceAddress(r.address);
    if (!a.ok) add('error', `resources.${i}.address`, `Resource ${i + 1}: ${a.error}`);
    else {
      typed.push({ type: a.value.type });
      if (a.value.type === 'domain' && isWildcardAddress(a.value.address)) {
        const on = s.account.settings.routing_peer_dns_resolution_enabled === true;
        add('note', `resources.${i}.address`, on ? 'Wildcard domain: Routing Peer DNS Resolution is already on.' : 'Wildcard domain: the plan turns on Routing Peer DNS Resolution (required for wildcard resources).');
      }
    }
  });
  const inNetwork = plan.network.kind === 'existing' ? (s.network_resources[plan.network.id] ?? []) : [];
  if (networkMixesDomainAndIp([...inNetwork, ...typed])) {
    const name = plan.network.kind === 'new' ? plan.network.name : (s.networks.find((n) => n.id === (plan.network as { id: string }).id)?.name ?? 'this network');
    add(
      'warning',
      'resources',
      `Domains and IP ranges in one network: their policies leak into each other (a domain resolving into the range is covered by both). Put the domains in a dedicated network such as "${dedicatedDomainNetworkName(name)}".`,
    );
  }
  return out;
}

function checkPeers(s: Snapshot, planned: Snapshot, plan: WizardPlan): PlanIssue[] {
  const out: PlanIssue[] = [];
  const add = (severity: PlanIssue['severity'], field: string, message: string) => out.push({ step: 'peers', severity, field, message });
  if (plan.peers.length === 0) add('error', 'peers', 'Add at least one routing peer: an existing peer, or a new one to install.');
  const seen = new Set<string>();
  const peerNames = new Set(s.peers.map((p) => lower(p.name)));
  plan.peers.forEach((p, i) => {
    if (!Number.isInteger(p.metric) || p.metric < 1 || p.metric > 9999) add('error', `peers.${i}.metric`, `Routing peer ${i + 1}: the metric is a whole number from 1 to 9999.`);
    if (p.kind === 'existing') {
      if (!s.peers.some((x) => x.id === p.peerId)) add('error', `peers.${i}.peerId`, `Routing peer ${i + 1}: choose a peer.`);
      else if (seen.has(p.peerId)) add('error', `peers.${i}.peerId`, `Routing peer ${i + 1}: this peer is in the list twice.`);
      seen.add(p.peerId);
    } else {
      if (p.name.trim() === '') add('error', `peers.${i}.name`, `Routing peer ${i + 1}: name the new peer.`);
      else if (peerNames.has(lower(p.name)) || seen.has(`new:${lower(p.name)}`)) add('error', `peers.${i}.name`, `Routing peer ${i + 1}: a peer named "${p.name}" exists already.`);
      seen.add(`new:${lower(p.name)}`);
    }
  });
  const fresh = newPeers(plan);
  if (new Set(fresh.map((p) => p.peer.metric)).size > 1) {
    add('warning', 'peers', `New peers join one group and are served by one router, so they share one metric: ${Math.min(...fresh.map((p) => p.peer.metric))}.`);
  }
  const ids = routingPeerIds(plan);
  if (ids.length >= 2) {
    const index = buildAccountIndex(planned);
    const shared = sharedFailureDomain(index, ids);
    if (shared !== null) add('warning', 'peers', `All routing peers are in failure domain "${shared}": one outage takes them all down. Place them in different AZs, hypervisors or hosts.`);
  }
  if (!plan.masquerade && !isExitNode(plan)) {
    const index = buildAccountIndex(planned);
    const own = ids.map((id) => index.peers.get(id)).filter((p) => p !== undefined);
    const verdict = masqueradeOffAllowed({ ownPeers: own, servingPeerCount: ids.length });
    if (!verdict.allowed) add('error', 'masquerade', `${verdict.reason}.`);
    else {
      const range = s.account.settings.network_range ?? DEFAULT_NETBIRD_RANGE;
      const advice = returnRouteAdvice(range, own.map((p) => ({ name: p.name, lanIp: index.lab(p.id).lan_ip })));
      add('note', 'masquerade', `With masquerade off, ${advice}.`);
    }
  }
  return out;
}

function checkInstall(s: Snapshot, plan: WizardPlan): PlanIssue[] {
  if (newPeers(plan).length === 0) return [];
  const out: PlanIssue[] = [];
  const add = (severity: PlanIssue['severity'], field: string, message: string) => out.push({ step: 'install', severity, field, message });
  if (plan.routerGroupName.trim() === '') add('error', 'routerGroupName', 'Name the routing-peers group.');
  else if (s.groups.some((g) => lower(g.name) === lower(plan.routerGroupName))) add('error', 'routerGroupName', `A group named "${plan.routerGroupName}" exists already: the setup key's group must be new, so only the peers you install join it.`);
  if (plan.resourceGroup.kind === 'new' && lower(plan.resourceGroup.name) === lower(plan.routerGroupName)) add('error', 'routerGroupName', 'The routing-peers group needs another name than the resource group.');
  if (plan.setupKey.name.trim() === '') add('error', 'setupKey.name', 'Name the setup key.');
  else if (s.setup_keys.some((k) => lower(k.name) === lower(plan.setupKey.name) && !k.revoked)) add('error', 'setupKey.name', `A setup key named "${plan.setupKey.name}" exists already.`);
  if (!Number.isInteger(plan.setupKey.expiresInDays) || plan.setupKey.expiresInDays < 1 || plan.setupKey.expiresInDays > 365) add('error', 'setupKey.expiresInDays', 'The key expires after 1 to 365 days.');
  if (plan.setupKey.type === 'one-off' && newPeers(plan).length > 1) add('error', 'setupKey.type', `A one-off key enrols one peer; ${newPeers(plan).length} new peers need a reusable key.`);
  return out;
}

function checkAccess(s: Snapshot, plan: WizardPlan): PlanIssue[] {
  const out: PlanIssue[] = [];
  const add = (severity: PlanIssue['severity'], field: string, message: string) => out.push({ step: 'access', severity, field, message });
  if (!isExitNode(plan) && plan.access.policyName.trim() === '') add('error', 'access.policyName', 'Name the policy.');
  else if (!isExitNode(plan) && s.policies.some((p) => lower(p.name) === lower(plan.access.policyName))) add('error', 'access.policyName', `A policy named "${plan.access.policyName}" exists already.`);
  if (plan.access.sourceGroups.length === 0) add('error', 'access.sourceGroups', isExitNode(plan) ? 'Choose who uses the exit node (source groups).' : 'Choose who may reach the resources (source groups).');
  for (const g of plan.access.sourceGroups) if (!s.groups.some((x) => x.id === g)) add('error', 'access.sourceGroups', `Group ${g} does not exist.`);
  const ports = (list: readonly string[], field: string) =>
    list.forEach((p, i) => {
      const r = parsePort(p);
      if (!r.ok) add('error', `${field}.${i}`, `Port ${p}: ${r.error}`);
    });
  if (!isExitNode(plan) && plan.access.protocol !== 'all') ports(plan.access.ports, 'access.ports');
  ports(plan.access.inputPorts, 'access.inputPorts');
  return out;
}
