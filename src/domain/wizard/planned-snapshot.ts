import { applyGroupDraft } from '@/domain/draft/group';
import { applyNameserverGroupDraft } from '@/domain/draft/nameserver';
import { applyNetworkDraft } from '@/domain/draft/network';
import { applyPolicyDraft } from '@/domain/draft/policy';
import { applyResourceDraft } from '@/domain/draft/resource';
import { applyRouteDraft } from '@/domain/draft/route';
import { applyRouterDraft } from '@/domain/draft/router';
import { assertNever } from '@/domain/assert-never';
import type { SnapPeer, Snapshot } from '@/domain/snapshot';
import { newPeers, PLACEHOLDER, type WizardPlan } from './plan';
import type { PlannedObject } from './plan-objects';

/**
 * planned-snapshot: the account as it will be once the plan is applied and its new routing peers
 * have joined: the current snapshot with every planned object folded in through the same draft
 * appliers the editors use. New peers appear as placeholder peers (connected, Linux or their
 * platform's OS) in the routing-peers group, so the linter, HA checks, access diff and trace can
 * reason about them before they exist.
 */
export function plannedSnapshot(current: Snapshot, plan: WizardPlan, objects: readonly PlannedObject[]): Snapshot {
  let s = withNewPeers(current, plan);
  for (const o of objects) s = applyObject(s, plan, o);
  return s;
}

const OS_OF: Record<string, string> = { linux: 'linux', docker: 'linux', kubernetes: 'linux', windows: 'windows' };

function withNewPeers(s: Snapshot, plan: WizardPlan): Snapshot {
  const fresh = newPeers(plan);
  if (fresh.length === 0) return s;
  const peers: SnapPeer[] = fresh.map(({ peer, id }, n) => ({
    id,
    name: peer.name,
    // Documentation range for placeholders: never collides with a real overlay address.
    ip: `100.127.255.${n + 1}`,
    connected: true,
    os: OS_OF[peer.platform] ?? 'linux',
    version: '0.60.0',
    groups: [],
    login_expiration_enabled: false,
  }));
  const labPeers = { ...(s.lab?.peers ?? {}) };
  for (const { peer, id } of fresh) if (peer.failureDomain.trim() !== '') labPeers[id] = { ...labPeers[id], failure_domain: peer.failureDomain.trim() };
  return { ...s, peers: [...s.peers, ...peers], lab: { ...s.lab, peers: labPeers } };
}

function applyObject(s: Snapshot, plan: WizardPlan, o: PlannedObject): Snapshot {
  switch (o.kind) {
    case 'group': {
      // The routing-peers group holds the new peers once they join with the setup key.
      const members = o.id === PLACEHOLDER.routerGroup ? newPeers(plan).map((p) => p.id) : o.body.peers;
      return applyGroupDraft(s, o.id, { name: o.body.name, peers: members, resources: o.body.resources });
    }
    case 'routing-peer-dns':
      return { ...s, account: { ...s.account, settings: { ...s.account.settings, routing_peer_dns_resolution_enabled: true } } };
    case 'network':
      return applyNetworkDraft(s, { id: o.id, name: o.body.name, description: o.body.description });
    case 'resource':
      return applyResourceDraft(s, o.networkId, { id: o.id, name: o.body.name, address: o.body.address, enabled: o.body.enabled, groups: o.body.groups });
    case 'router':
      return applyRouterDraft(s, o.networkId, { id: o.id, ...o.body });
    case 'route':
      return applyRouteDraft(s, o.body, o.id);
    case 'setup-key':
      return { ...s, setup_keys: [...s.setup_keys, { id: o.id, name: o.body.name, type: o.body.type, revoked: false, valid: true, auto_groups: [...o.body.auto_groups] }] };
    case 'policy':
      return applyPolicyDraft(s, o.id, o.body);
    case 'nameserver-group':
      return applyNameserverGroupDraft(s, o.body, o.id);
    case 'failure-domains': {
      const peers = { ...(s.lab?.peers ?? {}) };
      for (const [id, domain] of Object.entries(o.domains)) peers[id] = { ...peers[id], failure_domain: domain };
      return { ...s, lab: { ...s.lab, peers } };
    }
    default:
      return assertNever(o);
  }
}
