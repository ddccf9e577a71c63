import { useMemo } from 'react';
import { useWatch, type Control } from 'react-hook-form';
import { useChangePreview, type SaveGate } from '@/components/access-diff';
import { applyPolicyDraft } from '@/domain/draft/policy';
import type { Snapshot } from '@/domain/snapshot';
import { toPolicyRequest, type PolicyFormValues } from './policy-form-schema';

/** usePolicyChangeGate: the access diff and saved tests for the policy as typed, applied to the account. */
export function usePolicyChangeGate(control: Control<PolicyFormValues>, policyId: string | null, snapshot: Snapshot | undefined): SaveGate {
  const values = useWatch({ control }) as PolicyFormValues;
  const after = useMemo(() => (snapshot ? applyPolicyDraft(snapshot, policyId, toPolicyRequest(values).request) : undefined), [snapshot, policyId, values]);
  return useChangePreview(snapshot, after);
}
