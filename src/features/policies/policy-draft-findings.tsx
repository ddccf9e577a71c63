import { useDeferredValue, useMemo } from 'react';
import { useFormContext, useWatch } from 'react-hook-form';
import { Alert, AlertDescription, AlertTitle } from '@/components/ui/alert';
import { policyDraftImpact } from '@/domain/rules/editor/policy-draft-impact';
import { toPolicyRequest, type PolicyFormValues } from './policy-form-schema';
import type { PolicyEditorData } from './use-policy-editor-data';

/**
 * PolicyDraftFindings: the linter run on the account as it would be with this policy saved,
 * compared with the account as it is: what the change would break and what it would fix, before
 * anything is sent. An edited policy is analysed under its stored name, so typing a new name is
 * not reported as findings coming and going.
 */
export function PolicyDraftFindings({ policyId, data }: { policyId: string | null; data: PolicyEditorData }) {
  const { control, formState } = useFormContext<PolicyFormValues>();
  const values = useDeferredValue(useWatch({ control }) as PolicyFormValues);
  const storedName = formState.defaultValues?.name;
  const snapshot = data.snapshot;
  const diff = useMemo(() => {
    if (!snapshot) return null;
    const { request } = toPolicyRequest(values);
    const draft = policyId && storedName !== undefined ? { ...request, name: storedName } : request;
    return policyDraftImpact(snapshot, policyId, draft);
  }, [snapshot, values, policyId, storedName]);
  if (!diff || (diff.introduced.length === 0 && diff.resolved.length === 0)) return null;
  return (
    <div className="flex flex-col gap-3" aria-label="What saving would change">
      {diff.introduced.length > 0 ? (
        <Alert variant="warning">
          <AlertTitle>Saving would add {diff.introduced.length === 1 ? 'this finding' : 'these findings'}</AlertTitle>
          <AlertDescription>
            <ul className="ml-4 list-disc">
              {diff.introduced.map((f) => (
                <li key={`${f.code}:${f.message}`}>{f.message}</li>
              ))}
            </ul>
          </AlertDescription>
        </Alert>
      ) : null}
      {diff.resolved.length > 0 ? (
        <Alert variant="success">
          <AlertTitle>Saving would resolve {diff.resolved.length === 1 ? 'this finding' : 'these findings'}</AlertTitle>
          <AlertDescription>
            <ul className="ml-4 list-disc">
              {diff.resolved.map((f) => (
                <li key={`${f.code}:${f.message}`}>{f.message}</li>
              ))}
            </ul>
          </AlertDescription>
        </Alert>
      ) : null}
    </div>
  );
}
