import { groupRequestSchema, type NetworkResourceType, type ResourceRef } from '@/api/schemas';
import { classifyResourceAddress } from '@/domain/net';
import {
  groupNameConflict,
  groupRemovalIssues,
  groupUsageIssues,
  validateGroup,
  type ResourceLookup,
} from '@/domain/rules/validate/group';
import { findGroupUsageDetails, type GroupUsageDetail } from '@/domain/usage/group-usages';
import type { RefLookup } from '@/domain/rules/validate/field-issue';
import { badRequest, conflict, invalid } from '../http-error';
import { stateLookups } from '../store/lookups';
import type { GroupRecord, StoreState } from '../store/state';
import { parseRequest } from './parse-request';
import { storeRefLookup } from './route';

/** storeResourceLookup: the store's view for validators that also reference network resources. */
export function storeResourceLookup(state: StoreState): RefLookup & ResourceLookup {
  return { ...storeRefLookup(state), hasResource: (id) => state.resources.has(id) };
}

/** storedResourceType: a stored resource's type, derived from its address the way the serializer does. */
export function storedResourceType(state: StoreState, resourceId: string): NetworkResourceType {
  const r = state.resources.get(resourceId);
  const classified = r ? classifyResourceAddress(r.address) : null;
  return classified?.ok ? classified.value.type : 'host';
}

/** ValidGroup: a group request that passed every rule: trimmed name, distinct members, resource types corrected. */
export interface ValidGroup {
  name: string;
  peers: string[];
  resources: ResourceRef[];
}

/**
 * validateGroupRequest: 400 for an undecodable body, 422 for the first broken rule, 409 for a
 * name another group holds. `current` is the group being updated. A resource reference's `type`
 * is taken from the stored resource, whatever the request said.
 */
export function validateGroupRequest(body: unknown, state: StoreState, current?: GroupRecord): ValidGroup {
  const request = parseRequest(groupRequestSchema, body);
  const first = validateGroup(request, storeResourceLookup(state), current)[0];
  if (first) throw invalid(first.message);
  const clash = groupNameConflict(request.name, current?.id, state.groups.values());
  if (clash) throw conflict(clash.message);
  const resourceIds = [...new Set((request.resources ?? []).map((r) => r.id))];
  return {
    name: request.name.trim(),
    peers: [...new Set(request.peers ?? [])],
    resources: resourceIds.map((id) => ({ id, type: storedResourceType(state, id) })),
  };
}

/** findStoreGroupUsages: who in the store still references `groupId`. */
export function findStoreGroupUsages(state: StoreState, groupId: string): GroupUsageDetail[] {
  const lookups = stateLookups(state);
  return findGroupUsageDetails(groupId, {
    resources: [...state.resources.values()].map((r) => ({ id: r.id, name: r.name, network_id: r.network_id, groups: lookups.groupsOfResource(r.id) })),
    routes: [...state.routes.values()],
    nameservers: [...state.nameservers.values()],
    policies: [...state.policies.values()],
    setupKeys: [...state.setupKeys.values()],
    routers: [...state.routers.values()].map((r) => ({ ...r, network_name: state.networks.get(r.network_id)?.name })),
    disabledManagementGroups: state.dnsSettings.disabled_management_groups,
  });
}

/** validateGroupDeletion: 422 for "All", 400 naming who still uses the group. */
export function validateGroupDeletion(state: StoreState, group: GroupRecord): void {
  const removal = groupRemovalIssues(group)[0];
  if (removal) throw invalid(removal.message);
  const usage = groupUsageIssues(group, findStoreGroupUsages(state, group.id))[0];
  if (usage) throw badRequest(usage.message);
}
