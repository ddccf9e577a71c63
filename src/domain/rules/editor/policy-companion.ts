import type { AccountIndex } from '@/domain/account';
import type { SnapProtocol } from '@/domain/snapshot';
import type { DraftResourceRef, PolicyRequestDraft, PolicyRuleRequestDraft } from '@/domain/draft/policy';
import { joinList, networkLabel, peerName } from '../lint/names';
import { destinationResources, type RuleTarget } from './policy-chain';

/**
 * policy-companion: the docs' Grafana + SSH example. A resource policy opens the routing peer's
 * forward chain only; services on the routing peer itself (SSH, Grafana) sit behind its input
 * chain, which only a peer-to-peer policy opens. The companion is that second policy: the same
 * sources to the routing peers of the networks whose resources the rule targets, on the ports the
 * admin picks. Routers naming a peer group become one rule towards those groups; a router naming a
 * single peer (not already in one of those groups) becomes a rule towards that peer.
 */

export interface CompanionTarget {
  networkIds: string[];
  /** Peer groups of the networks' enabled routers. */
  peerGroups: string[];
  /** Single peers of enabled routers that none of `peerGroups` already holds. */
  peers: string[];
}

/** Why no companion is offered: the rule targets no resources (it is peer-to-peer already), or their networks have no routing peer. */
export type CompanionRefusal = 'no-resources' | 'no-routing-peer';

export type CompanionOffer = { offered: true; target: CompanionTarget } | { offered: false; why: CompanionRefusal; reason: string };

/** companionOffer: where a companion policy would point, or why none is offered for this rule. */
export function companionOffer(index: AccountIndex, rule: RuleTarget): CompanionOffer {
  const networkIds = [...new Set(destinationResources(index, rule).map((r) => r.network_id))];
  if (networkIds.length === 0) {
    return { offered: false, why: 'no-resources', reason: 'The destination holds no network resources: this rule already reaches the peers themselves (input chain).' };
  }
  const peerGroups = new Set<string>();
  const single = new Set<string>();
  for (const id of networkIds) {
    for (const router of index.routersOfNetwork.get(id) ?? []) {
      if (!router.enabled) continue;
      for (const g of router.peer_groups ?? []) peerGroups.add(g);
      if (router.peer) single.add(router.peer);
    }
  }
  const inGroups = (p: string) => [...peerGroups].some((g) => index.groupPeers.get(g)?.has(p) === true);
  const peers = [...single].filter((p) => !inGroups(p));
  if (peerGroups.size === 0 && peers.length === 0) {
    return {
      offered: false,
      why: 'no-routing-peer',
      reason: `${joinList(networkIds.map((id) => networkLabel(index, id)), 'and')} ${networkIds.length === 1 ? 'has' : 'have'} no enabled routing peer yet.`,
    };
  }
  return { offered: true, target: { networkIds, peerGroups: [...peerGroups], peers } };
}

/** CompanionSource: the sources of the rule the companion is for. */
export interface CompanionSource {
  policyName: string;
  sources: readonly string[];
  sourceResource: DraftResourceRef | null;
}

export interface CompanionPorts {
  protocol: SnapProtocol;
  ports: readonly string[];
  port_ranges?: readonly { start: number; end: number }[] | undefined;
}

/** companionInputPolicy: the peer-to-peer policy that opens the routing peers' input chain to the same sources. */
export function companionInputPolicy(index: AccountIndex, source: CompanionSource, target: CompanionTarget, ports: CompanionPorts): PolicyRequestDraft {
  const base = {
    description: '',
    enabled: true,
    action: 'accept' as const,
    bidirectional: false,
    protocol: ports.protocol,
    ports: ports.ports.length > 0 ? [...ports.ports] : null,
    port_ranges: ports.port_ranges && ports.port_ranges.length > 0 ? ports.port_ranges.map((r) => ({ ...r })) : null,
    sources: source.sourceResource ? [] : [...source.sources],
    sourceResource: source.sourceResource,
  };
  const rules: PolicyRuleRequestDraft[] = [];
  if (target.peerGroups.length > 0) {
    rules.push({ ...base, name: 'Routing peer services', destinations: [...target.peerGroups], destinationResource: null });
  }
  for (const p of target.peers) {
    rules.push({ ...base, name: `Services on ${peerName(index, p)}`, destinations: [], destinationResource: { id: p, type: 'peer' } });
  }
  const where = joinList(target.networkIds.map((id) => networkLabel(index, id)), 'and');
  return {
    name: `${source.policyName} (routing peers)`,
    description: `Input chain companion of "${source.policyName}": the same sources may reach services on the routing peers of ${where} themselves.`,
    enabled: true,
    source_posture_checks: [],
    rules,
  };
}
