import { useDeferredValue, useMemo } from 'react';
import { useFormContext, useWatch } from 'react-hook-form';
import { FindingsImpact } from '@/components/findings/findings-impact';
import { useFindingsImpact } from '@/components/findings/use-findings-impact';
import { applyPolicyDraft } from '@/domain/draft/policy';
import { toPolicyRequest, type PolicyFormValues } from './policy-form-schema';
import type { PolicyEditorData } from './use-policy-editor-data';

/**
 * PolicyDraftFindings: the linter run on the account as it would be with this policy saved,
 * compared with the account as it is: what the change would break and what it would fix, before
 * anything is sent (in the analysis worker: an XL account takes too long to lint per keystroke on
 * the page). An edited policy is analysed under its stored name, so typing a new name is not
 * reported as findings coming and going.
 */
export function PolicyDraftFindings({ policyId, data }: { policyId: string | null; data: PolicyEditorData }) {
  const { control, formState } = useFormContext<PolicyFormValues>();
  const values = useDeferredValue(useWatch({ control }) as PolicyFormValues);
  const storedName = formState.defaultValues?.name;
  const snapshot = data.snapshot;
  const after = useMemo(() => {
    if (!snapshot) return undefined;
    const { request } = toPolicyRequest(values);
    const draft = policyId && storedName !== undefined ? { ...request, name: storedName } : request;
    return applyPolicyDraft(snapshot, policyId, draft);
  }, [snapshot, values, policyId, storedName]);
  return <FindingsImpact analysis={useFindingsImpact(snapshot, after)} />;
}
