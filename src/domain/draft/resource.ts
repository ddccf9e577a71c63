import { classifyResourceAddress } from '@/domain/net';
import type { SnapGroup, SnapResource, Snapshot } from '@/domain/snapshot';

/**
 * draft/resource: a network resource as if it were saved, applied to an account snapshot, so the
 * editor can run the linter's and the router rules' pure functions on "the account after this
 * save" (does the network now mix domains and IPs? which rules lose it on delete?). Group
 * membership is written on both sides (resource.groups and group.resources), as the API returns it.
 */

/** DRAFT_RESOURCE_ID: the id a resource being created carries in a draft snapshot. */
export const DRAFT_RESOURCE_ID = '__draft-resource__';

/** ResourceDraft: the resource request fields, plus the id of the resource being edited. */
export interface ResourceDraft {
  id?: string | undefined;
  name: string;
  address: string;
  enabled: boolean;
  groups: readonly string[];
}

/** withoutResource: the snapshot with the resource gone from every network and group. */
export function withoutResource(s: Snapshot, resourceId: string): Snapshot {
  const network_resources: Record<string, readonly SnapResource[]> = {};
  for (const [networkId, list] of Object.entries(s.network_resources)) network_resources[networkId] = list.filter((r) => r.id !== resourceId);
  const groups = s.groups.map((g) => (g.resources.some((r) => r.id === resourceId) ? { ...g, resources: g.resources.filter((r) => r.id !== resourceId) } : g));
  const policies = s.policies.map((p) =>
    p.rules.some((r) => r.destinationResource?.id === resourceId || r.sourceResource?.id === resourceId)
      ? {
          ...p,
          rules: p.rules.map((r) => ({
            ...r,
            destinationResource: r.destinationResource?.id === resourceId ? null : r.destinationResource,
            sourceResource: r.sourceResource?.id === resourceId ? null : r.sourceResource,
          })),
        }
      : p,
  );
  return { ...s, network_resources, groups, policies };
}

/**
 * applyResourceDraft: the snapshot with the draft saved in `networkId` (moved there if it was
 * elsewhere). An address that does not classify leaves the snapshot as it was: the form reports
 * the address error, and no rule can reason about an unknown type.
 */
export function applyResourceDraft(s: Snapshot, networkId: string, d: ResourceDraft): Snapshot {
  const address = classifyResourceAddress(d.address);
  if (!address.ok) return s;
  const id = d.id ?? DRAFT_RESOURCE_ID;
  const base = withoutResourceFromNetworks(s, id);
  const groupIds = new Set(d.groups);
  const groupName = new Map(s.groups.map((g) => [g.id, g.name]));
  const resource: SnapResource = {
    id,
    type: address.value.type,
    name: d.name,
    address: address.value.address,
    enabled: d.enabled,
    groups: d.groups.map((g) => ({ id: g, name: groupName.get(g) ?? g })),
  };
  const groups: SnapGroup[] = base.groups.map((g) => {
    const others = g.resources.filter((r) => r.id !== id);
    return groupIds.has(g.id) ? { ...g, resources: [...others, { id, type: resource.type }] } : others.length === g.resources.length ? g : { ...g, resources: others };
  });
  return {
    ...base,
    groups,
    network_resources: { ...base.network_resources, [networkId]: [...(base.network_resources[networkId] ?? []), resource] },
  };
}

function withoutResourceFromNetworks(s: Snapshot, resourceId: string): Snapshot {
  const network_resources: Record<string, readonly SnapResource[]> = {};
  for (const [networkId, list] of Object.entries(s.network_resources)) network_resources[networkId] = list.filter((r) => r.id !== resourceId);
  return { ...s, network_resources };
}
