import { useMemo } from 'react';
import type { AccountSnapshot } from '@/api';
import { buildRefLookup } from '@/components/form';
import { applyResourceDraft, DRAFT_RESOURCE_ID } from '@/domain/draft/resource';
import { dedicatedDomainNetworkName, resourceMix, type ResourceMix } from '@/domain/rules/editor/resource-mix';
import { resourceNamesFrom, type ResourceFormValues, type ResourceRuleContext } from './resource-form-schema';

/** useResourceRuleContext: the lookups the resource validator needs, answered from the account snapshot. */
export function useResourceRuleContext(snapshot: AccountSnapshot, selfId: string | undefined): ResourceRuleContext {
  return useMemo(
    () => ({ refs: buildRefLookup(snapshot.groups, snapshot.peers, snapshot.networks), names: resourceNamesFrom(snapshot), selfId }),
    [snapshot, selfId],
  );
}

/** useResourceMix: the mix alert's facts for the network as it would be after saving `values`. */
export function useResourceMix(snapshot: AccountSnapshot, networkId: string, selfId: string | undefined, values: ResourceFormValues): ResourceMix | null {
  const { address, enabled, name, groups } = values;
  return useMemo(() => {
    const after = applyResourceDraft(snapshot, networkId, { id: selfId, name, address, enabled, groups });
    return resourceMix(after, networkId, selfId ?? DRAFT_RESOURCE_ID);
  }, [snapshot, networkId, selfId, address, enabled, name, groups]);
}

/** dedicatedNetworkFor: the network the one-click fix saves into: an existing one of that name, or a new one. */
export function dedicatedNetworkFor(snapshot: AccountSnapshot, networkName: string): { name: string; existingId: string | undefined } {
  const name = dedicatedDomainNetworkName(networkName);
  return { name, existingId: snapshot.networks.find((n) => n.name === name)?.id };
}
