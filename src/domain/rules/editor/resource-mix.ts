import type { SnapResource, Snapshot } from '@/domain/snapshot';
import { networkMixesDomainAndIp } from '../lint/network-resources';

/**
 * resource-mix: the resource editor's alert for the docs' pitfall "domains and IP ranges in the
 * same network". The predicate is the linter's (networkMixesDomainAndIp), evaluated on the network
 * as it would be after the save; this adds what the alert names: which resources of the other
 * kind are there, and the name of the dedicated network the domain resource can move to.
 */

export interface ResourceMix {
  /** Whether the resource being saved is the domain side (then it can move to a dedicated network). */
  draftIsDomain: boolean;
  /** The enabled resources of the other kind already in the network. */
  others: Pick<SnapResource, 'id' | 'name' | 'address' | 'type'>[];
}

/**
 * resourceMix: null when the network stays unmixed after the save; otherwise what mixes. `after`
 * is the account with the resource draft applied; `resourceId` the draft's id.
 */
export function resourceMix(after: Snapshot, networkId: string, resourceId: string): ResourceMix | null {
  const resources = after.network_resources[networkId] ?? [];
  const draft = resources.find((r) => r.id === resourceId);
  if (draft === undefined || !draft.enabled || !networkMixesDomainAndIp(resources)) return null;
  const draftIsDomain = draft.type === 'domain';
  const others = resources.filter((r) => r.id !== resourceId && r.enabled && (r.type === 'domain') !== draftIsDomain);
  if (others.length === 0) return null;
  return { draftIsDomain, others: others.map(({ id, name, address, type }) => ({ id, name, address, type })) };
}

/** dedicatedDomainNetworkName: "Corp apps (domains)": where the one-click fix puts domain resources. */
export const dedicatedDomainNetworkName = (networkName: string): string => `${networkName} (domains)`;
