import { classifyResourceAddress, type ResourceAddress, type Result } from '@/domain/net';
import { issue, type FieldIssue, type RefLookup } from './field-issue';
import { groupRefIssues } from './route';

/**
 * Network resource rules (POST/PUT /api/networks/{networkId}/resources). The address decides the
 * type: a bare IP or a /32 (/128) is a host, any other CIDR a subnet, a valid domain (wildcard
 * allowed) a domain. NetBird answers 500 for an address it cannot classify; we answer 422 naming
 * it. Names are unique across the whole account, not per network, as in NetBird. An empty name is
 * refused too (NetBird stores it; nobody can tell such resources apart).
 */
export interface NetworkResourceDraft {
  name: string;
  address: string;
  groups: readonly string[];
}

/** ResourceNameLookup: the resource already holding a name anywhere in the account, if any. */
export interface ResourceNameLookup {
  resourceNamed(name: string): { id: string; networkName?: string | undefined } | undefined;
}

/** normalizeResourceAddress: the type and stored form of an address, or why it is not one. */
export const normalizeResourceAddress = (address: string): Result<ResourceAddress> => classifyResourceAddress(address);

/** validateNetworkResource: every broken rule; `selfId` is the resource being updated (it may keep its name). */
export function validateNetworkResource(
  d: NetworkResourceDraft,
  refs: RefLookup,
  names: ResourceNameLookup,
  selfId?: string,
): FieldIssue[] {
  const issues: FieldIssue[] = [];
  const name = d.name.trim();
  if (name === '') {
    issues.push(issue('name', 'name must not be empty'));
  } else {
    const holder = names.resourceNamed(name);
    if (holder && holder.id !== selfId) {
      const where = holder.networkName !== undefined ? ` in network "${holder.networkName}"` : '';
      issues.push(issue('name', `name "${name}" is already used by another resource${where}; resource names are unique across the account`));
    }
  }
  const address = classifyResourceAddress(d.address);
  if (!address.ok) issues.push(issue('address', `invalid address: ${address.error}`));
  if (d.groups.length === 0) issues.push(issue('groups', 'groups must name at least one group: policies reach a resource through its groups'));
  issues.push(...groupRefIssues('groups', d.groups, refs));
  return issues;
}
