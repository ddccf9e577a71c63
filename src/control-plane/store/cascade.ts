import type { ResourceRef } from '@/api/schemas';
import type { PolicyRuleRecord, StoreState } from './state';

/**
 * Cascades: what else changes when an object is deleted, written once so every delete leaves the
 * store without dangling references (no group, rule, router or route pointing at nothing).
 */
const hasSource = (r: PolicyRuleRecord) => (r.sources ?? []).length > 0 || Boolean(r.sourceResource);
const hasDestination = (r: PolicyRuleRecord) => (r.destinations ?? []).length > 0 || Boolean(r.destinationResource);

/**
 * dropPolicyRefs removes `sourceResource`/`destinationResource` references that match, then the
 * rules left without a source or destination and the policies left without rules: policy
 * validation would refuse to save them as they are.
 */
export function dropPolicyRefs(state: StoreState, matches: (ref: ResourceRef) => boolean): void {
  for (const p of [...state.policies.values()]) {
    let touched = false;
    for (const rule of p.rules) {
      if (rule.sourceResource && matches(rule.sourceResource)) {
        delete rule.sourceResource;
        touched = true;
      }
      if (rule.destinationResource && matches(rule.destinationResource)) {
        delete rule.destinationResource;
        touched = true;
      }
    }
    if (!touched) continue;
    p.rules = p.rules.filter((r) => hasSource(r) && hasDestination(r));
    if (p.rules.length === 0) state.policies.delete(p.id);
  }
}

/** deleteResource: a network resource leaves its groups and the policy rules that name it. */
export function deleteResource(state: StoreState, resourceId: string): void {
  for (const g of state.groups.values()) g.resources = g.resources.filter((r) => r.id !== resourceId);
  dropPolicyRefs(state, (ref) => ref.type !== 'peer' && ref.id === resourceId);
  state.resources.delete(resourceId);
}

/** deleteNetwork: its resources (with their cascades) and routers go with it, as in NetBird. */
export function deleteNetwork(state: StoreState, networkId: string): void {
  for (const r of [...state.resources.values()]) if (r.network_id === networkId) deleteResource(state, r.id);
  for (const r of [...state.routers.values()]) if (r.network_id === networkId) state.routers.delete(r.id);
  state.networks.delete(networkId);
}

/**
 * deletePeer removes every reference to a deleted peer:
 * - group membership;
 * - routers and legacy routes that name it as `peer`: the field is cleared, and a router or route
 *   left with neither `peer` nor `peer_groups` is deleted, since it could route through nobody;
 * - policy rules that target it as a `peer` resource (see dropPolicyRefs);
 * - its lab entry (simulator liveness, latencies), which describes a peer that no longer exists.
 */
export function deletePeer(state: StoreState, peerId: string): void {
  for (const g of state.groups.values()) g.peers = g.peers.filter((p) => p !== peerId);
  for (const r of [...state.routers.values()]) {
    if (r.peer !== peerId) continue;
    delete r.peer;
    if ((r.peer_groups ?? []).length === 0) state.routers.delete(r.id);
  }
  for (const r of [...state.routes.values()]) {
    if (r.peer !== peerId) continue;
    delete r.peer;
    if ((r.peer_groups ?? []).length === 0) state.routes.delete(r.id);
  }
  dropPolicyRefs(state, (ref) => ref.type === 'peer' && ref.id === peerId);
  const labPeers = state.lab.peers;
  if (labPeers) {
    delete labPeers[peerId];
    for (const lab of Object.values(labPeers)) if (lab.latency_ms) delete lab.latency_ms[peerId];
  }
  state.peers.delete(peerId);
}
