import type { ResourceRef } from '@/api/schemas';
import type { StoreState } from '../store/state';

/**
 * storeInvariants: what must hold after any sequence of requests, whatever they were: no
 * reference to a group, peer, network, resource or router that does not exist, and no policy or
 * rule left in a shape validation would refuse. Returns the broken ones, described; empty when the
 * store is sound. Used by the fuzz suite and the persistence tests.
 */
export function storeInvariants(state: StoreState): string[] {
  const problems: string[] = [];
  const group = (where: string, id: string) => {
    if (!state.groups.has(id)) problems.push(`${where} refers to missing group ${id}`);
  };
  const peer = (where: string, id: string) => {
    if (!state.peers.has(id)) problems.push(`${where} refers to missing peer ${id}`);
  };
  const resourceRef = (where: string, ref: ResourceRef) => {
    const exists = ref.type === 'peer' ? state.peers.has(ref.id) : state.resources.has(ref.id);
    if (!exists) problems.push(`${where} refers to missing ${ref.type} ${ref.id}`);
  };

  for (const g of state.groups.values()) {
    for (const p of g.peers) peer(`group ${g.id}`, p);
    for (const r of g.resources) resourceRef(`group ${g.id}`, r);
    if (new Set(g.peers).size !== g.peers.length) problems.push(`group ${g.id} lists a peer twice`);
  }
  for (const p of state.policies.values()) {
    if (p.rules.length === 0) problems.push(`policy ${p.id} has no rules`);
    for (const r of p.rules) {
      const where = `policy ${p.id} rule ${r.id}`;
      for (const g of r.sources ?? []) group(where, g);
      for (const g of r.destinations ?? []) group(where, g);
      if (r.sourceResource) resourceRef(where, r.sourceResource);
      if (r.destinationResource) resourceRef(where, r.destinationResource);
      if ((r.sources ?? []).length === 0 && !r.sourceResource) problems.push(`${where} has no source`);
      if ((r.destinations ?? []).length === 0 && !r.destinationResource) problems.push(`${where} has no destination`);
    }
  }
  for (const r of state.routes.values()) {
    const where = `route ${r.id}`;
    if (r.peer) peer(where, r.peer);
    for (const g of r.peer_groups ?? []) group(where, g);
    for (const g of r.groups) group(where, g);
    for (const g of r.access_control_groups ?? []) group(where, g);
  }
  for (const r of state.resources.values()) {
    if (!state.networks.has(r.network_id)) problems.push(`resource ${r.id} is in missing network ${r.network_id}`);
  }
  for (const r of state.routers.values()) {
    const where = `router ${r.id}`;
    if (!state.networks.has(r.network_id)) problems.push(`${where} is in missing network ${r.network_id}`);
    if (r.peer) peer(where, r.peer);
    for (const g of r.peer_groups ?? []) group(where, g);
    if (!r.peer && (r.peer_groups ?? []).length === 0) problems.push(`${where} has neither a peer nor peer groups`);
  }
  for (const n of state.nameservers.values()) for (const g of n.groups) group(`nameserver group ${n.id}`, g);
  for (const g of state.dnsSettings.disabled_management_groups) group('DNS settings', g);
  for (const k of state.setupKeys.values()) for (const g of k.auto_groups) group(`setup key ${k.id}`, g);
  return problems;
}
