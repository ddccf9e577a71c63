import type { PolicyRequestDraft, PolicyRuleRequestDraft } from '@/domain/draft/policy';
import type { NameserverGroupDraftValues } from '@/domain/draft/nameserver';
import type { RouteDraftValues } from '@/domain/draft/route';
import { icmpPolicyDraft } from '@/domain/rules/lint/fix';
import {
  existingPeers,
  groupIdOf,
  isExitNode,
  networkIdOf,
  newPeers,
  newPeersMetric,
  PLACEHOLDER,
  type WizardPlan,
} from './plan';

/**
 * plan-objects: every object the plan creates (or the one setting it changes), in dependency
 * order, as the request body the management API takes, with placeholder ids where an object
 * refers to another one the plan creates. The planned snapshot folds these into the account; the
 * apply step sends them, swapping placeholders for real ids.
 */
export type PlannedObject =
  | { kind: 'group'; id: string; label: string; body: { name: string; peers: string[]; resources: { id: string; type: 'host' | 'subnet' | 'domain' }[] } }
  | { kind: 'routing-peer-dns'; id: string; label: string }
  | { kind: 'network'; id: string; label: string; body: { name: string; description: string } }
  | { kind: 'resource'; id: string; label: string; networkId: string; body: { name: string; description: string; address: string; enabled: boolean; groups: string[] } }
  | { kind: 'router'; id: string; label: string; networkId: string; body: { peer?: string; peer_groups?: string[]; metric: number; masquerade: boolean; enabled: boolean } }
  | { kind: 'route'; id: string; label: string; body: RouteDraftValues }
  | { kind: 'setup-key'; id: string; label: string; body: { name: string; type: string; expires_in: number; auto_groups: string[]; usage_limit: number; ephemeral: boolean } }
  | { kind: 'policy'; id: string; label: string; body: PolicyRequestDraft }
  | { kind: 'nameserver-group'; id: string; label: string; body: NameserverGroupDraftValues }
  | { kind: 'failure-domains'; id: string; label: string; domains: Record<string, string> };

export type PlannedObjectKind = PlannedObject['kind'];

export interface PlanContext {
  /** Names of existing peers, for labels. */
  peerName(id: string): string;
  /** Whether Routing Peer DNS Resolution is on already. */
  routingPeerDnsOn: boolean;
  /** Whether a resource address needs Routing Peer DNS Resolution (the linter's rule). */
  needsRoutingPeerDns(address: string): boolean;
}

const DAY = 86_400;

/** planObjects: the plan's objects in the order they must be created. */
export function planObjects(plan: WizardPlan, ctx: PlanContext): PlannedObject[] {
  const out: PlannedObject[] = [];
  const exit = isExitNode(plan);
  const fresh = newPeers(plan);
  const existing = existingPeers(plan);
  const routerGroup = PLACEHOLDER.routerGroup;

  if (!exit && plan.resourceGroup.kind === 'new') {
    out.push({ kind: 'group', id: PLACEHOLDER.resourceGroup, label: `Group "${plan.resourceGroup.name}"`, body: { name: plan.resourceGroup.name, peers: [], resources: [] } });
  }
  if (fresh.length > 0) {
    out.push({ kind: 'group', id: routerGroup, label: `Group "${plan.routerGroupName}"`, body: { name: plan.routerGroupName, peers: [], resources: [] } });
  }
  if (!exit && !ctx.routingPeerDnsOn && plan.resources.some((r) => ctx.needsRoutingPeerDns(r.address))) {
    out.push({ kind: 'routing-peer-dns', id: PLACEHOLDER.dnsSetting, label: 'Turn on Routing Peer DNS Resolution (wildcard domain)' });
  }

  if (!exit) {
    const networkId = networkIdOf(plan);
    if (plan.network.kind === 'new') {
      out.push({ kind: 'network', id: PLACEHOLDER.network, label: `Network "${plan.network.name}"`, body: { name: plan.network.name, description: plan.network.description } });
    }
    const resourceGroup = groupIdOf(plan.resourceGroup, PLACEHOLDER.resourceGroup);
    plan.resources.forEach((r, i) => {
      out.push({
        kind: 'resource',
        id: PLACEHOLDER.resource(i),
        label: `Resource "${r.name}" (${r.address})`,
        networkId,
        body: { name: r.name, description: '', address: r.address.trim(), enabled: true, groups: [resourceGroup] },
      });
    });
    existing.forEach((p, i) => {
      out.push({
        kind: 'router',
        id: PLACEHOLDER.router(i),
        label: `Routing peer ${ctx.peerName(p.peerId)} (metric ${p.metric})`,
        networkId,
        body: { peer: p.peerId, metric: p.metric, masquerade: plan.masquerade, enabled: true },
      });
    });
    if (fresh.length > 0) {
      out.push({
        kind: 'router',
        id: PLACEHOLDER.router(existing.length),
        label: `Routing peers of group "${plan.routerGroupName}" (metric ${newPeersMetric(plan)})`,
        networkId,
        body: { peer_groups: [routerGroup], metric: newPeersMetric(plan), masquerade: plan.masquerade, enabled: true },
      });
    }
  } else {
    const route = (target: { peer: string } | { peer_groups: string[] }, metric: number): RouteDraftValues => ({
      network_id: plan.exitNode.name,
      description: `Exit node ${plan.exitNode.name}`,
      enabled: true,
      ...target,
      network: '0.0.0.0/0',
      metric,
      masquerade: true,
      groups: [...plan.access.sourceGroups],
      keep_route: true,
      access_control_groups: [],
      skip_auto_apply: !plan.exitNode.autoApply,
    });
    existing.forEach((p, i) => {
      out.push({ kind: 'route', id: PLACEHOLDER.route(i), label: `Exit route 0.0.0.0/0 via ${ctx.peerName(p.peerId)} (metric ${p.metric})`, body: route({ peer: p.peerId }, p.metric) });
    });
    if (fresh.length > 0) {
      out.push({
        kind: 'route',
        id: PLACEHOLDER.route(existing.length),
        label: `Exit route 0.0.0.0/0 via group "${plan.routerGroupName}" (metric ${newPeersMetric(plan)})`,
        body: route({ peer_groups: [routerGroup] }, newPeersMetric(plan)),
      });
    }
  }

  if (fresh.length > 0) {
    out.push({
      kind: 'setup-key',
      id: PLACEHOLDER.setupKey,
      label: `Setup key "${plan.setupKey.name}" (${plan.setupKey.type}, auto group "${plan.routerGroupName}")`,
      body: {
        name: plan.setupKey.name,
        type: plan.setupKey.type,
        expires_in: plan.setupKey.expiresInDays * DAY,
        auto_groups: [routerGroup],
        // A reusable key is limited to the peers the plan installs: a leaked key cannot enrol more.
        usage_limit: plan.setupKey.type === 'one-off' ? 1 : fresh.length,
        ephemeral: false,
      },
    });
  }

  const sources = plan.access.sourceGroups;
  if (!exit) {
    out.push({ kind: 'policy', id: PLACEHOLDER.forwardPolicy, label: `Policy "${plan.access.policyName}" (forward chain, one-way)`, body: forwardPolicy(plan) });
  } else {
    const icmp = icmpPolicy(plan);
    if (icmp) out.push({ kind: 'policy', id: PLACEHOLDER.icmpPolicy, label: `Policy "${icmp.name}" (ICMP to the exit node)`, body: icmp });
    out.push({
      kind: 'nameserver-group',
      id: PLACEHOLDER.nameservers,
      label: `Nameserver group "${plan.exitNode.name} DNS" (match domain ALL)`,
      body: {
        name: `${plan.exitNode.name} DNS`,
        description: 'Match-all nameservers for exit-node users: prevents DNS-based location leaks',
        nameservers: plan.exitNode.nameservers.map((ip) => ({ ip, ns_type: 'udp' as const, port: 53 })),
        enabled: true,
        groups: [...sources],
        primary: true,
        domains: [],
        search_domains_enabled: false,
      },
    });
  }
  if (plan.access.inputPorts.length > 0) {
    const input = inputPolicy(plan, ctx);
    out.push({ kind: 'policy', id: PLACEHOLDER.inputPolicy, label: `Policy "${input.name}" (input chain, services on the routing peers)`, body: input });
  }

  const domains = Object.fromEntries(existing.filter((p) => p.failureDomain.trim() !== '').map((p) => [p.peerId, p.failureDomain.trim()]));
  if (Object.keys(domains).length > 0) {
    out.push({ kind: 'failure-domains', id: PLACEHOLDER.failureDomains, label: 'Failure domains of the routing peers (lab data)', domains });
  }
  return out;
}

/** forwardPolicy: sources to the resource group. Always one-way: a resource has no agent to answer through the overlay. */
function forwardPolicy(plan: WizardPlan): PolicyRequestDraft {
  return {
    name: plan.access.policyName,
    description: 'Created by the setup wizard: forward chain through the routing peers',
    enabled: true,
    source_posture_checks: [],
    rules: [
      {
        name: plan.access.policyName,
        description: '',
        enabled: true,
        action: 'accept',
        bidirectional: false,
        protocol: plan.access.protocol,
        ports: plan.access.protocol === 'all' || plan.access.ports.length === 0 ? null : [...plan.access.ports],
        port_ranges: null,
        sources: [...plan.access.sourceGroups],
        destinations: [groupIdOf(plan.resourceGroup, PLACEHOLDER.resourceGroup)],
        sourceResource: null,
        destinationResource: null,
      },
    ],
  };
}

/** routingPeerTargets: the routing peers as policy destinations: the new peers' group, and each existing peer. */
function routingPeerTargets(plan: WizardPlan): { groups: string[]; peers: string[] } {
  return { groups: newPeers(plan).length > 0 ? [PLACEHOLDER.routerGroup] : [], peers: existingPeers(plan).map((p) => p.peerId) };
}

/** icmpPolicy: the docs' minimum exit-node policy, one rule per target (the linter's icmpPolicyDraft). */
function icmpPolicy(plan: WizardPlan): PolicyRequestDraft | null {
  const t = routingPeerTargets(plan);
  const name = `ICMP to exit node ${plan.exitNode.name}`;
  const drafts = [...(t.groups.length > 0 ? [icmpPolicyDraft(name, plan.access.sourceGroups, { peerGroups: t.groups })] : []), ...t.peers.map((peer) => icmpPolicyDraft(name, plan.access.sourceGroups, { peer }))];
  const first = drafts[0];
  if (!first) return null;
  const rules: PolicyRuleRequestDraft[] = drafts.flatMap((d) => d.rules.map((r) => ({ ...r, port_ranges: null })));
  return { ...first, rules };
}

/** inputPolicy: sources to services on the routing peers themselves (tcp ports): the input chain. */
function inputPolicy(plan: WizardPlan, ctx: PlanContext): PolicyRequestDraft {
  const t = routingPeerTargets(plan);
  const name = `${isExitNode(plan) ? plan.exitNode.name : plan.access.policyName} (routing peers)`;
  const base = {
    description: '',
    enabled: true,
    action: 'accept' as const,
    bidirectional: false,
    protocol: 'tcp' as const,
    ports: [...plan.access.inputPorts],
    port_ranges: null,
    sources: [...plan.access.sourceGroups],
    sourceResource: null,
  };
  const rules: PolicyRuleRequestDraft[] = [
    ...t.groups.map((g) => ({ ...base, name: 'Routing peer services', destinations: [g], destinationResource: null })),
    ...t.peers.map((p) => ({ ...base, name: `Services on ${ctx.peerName(p)}`, destinations: [], destinationResource: { id: p, type: 'peer' as const } })),
  ];
  return { name, description: 'Created by the setup wizard: input chain of the routing peers', enabled: true, source_posture_checks: [], rules };
}
