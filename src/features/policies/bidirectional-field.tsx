import { useEffect } from 'react';
import { useFormContext, useWatch } from 'react-hook-form';
import { SwitchField } from '@/components/form';
import { Alert, AlertDescription } from '@/components/ui/alert';
import { bidirectionalVerdict } from '@/domain/rules/editor/policy-bidirectional';
import type { PolicyFormValues } from './policy-form-schema';
import { ruleTarget } from './rule-target';
import type { PolicyEditorData } from './use-policy-editor-data';

/**
 * BidirectionalField: the bidirectional switch of one rule. When the destination is a resource (or
 * groups of resources only) the switch is turned off and disabled with the reason next to it; the
 * decision is the domain's (bidirectionalVerdict), the same the linter applies to saved policies.
 */
export function BidirectionalField({ index, data }: { index: number; data: PolicyEditorData }) {
  const { control, setValue } = useFormContext<PolicyFormValues>();
  const rule = useWatch({ control, name: `rules.${index}` });
  const target = ruleTarget(rule, data.groups);
  const verdict = bidirectionalVerdict({ destinationResource: target.destinationResource, destinations: target.counted });
  const forced = verdict.kind === 'forced-one-way';

  useEffect(() => {
    // A forced one-way rule is sent with bidirectional off, so the stored policy says what it does.
    if (forced && rule.bidirectional) setValue(`rules.${index}.bidirectional`, false, { shouldDirty: true });
  }, [forced, rule.bidirectional, index, setValue]);

  return (
    <div className="flex flex-col gap-2">
      <SwitchField
        label="Bidirectional"
        checked={forced ? false : rule.bidirectional}
        onCheckedChange={(v) => setValue(`rules.${index}.bidirectional`, v, { shouldDirty: true })}
        description="Also let the destinations open connections to the sources."
        disabledReason={forced ? verdict.reason : undefined}
      />
      {verdict.kind === 'allowed-mixed' ? (
        <Alert variant="info">
          <AlertDescription>
            <p>{verdict.note}</p>
          </AlertDescription>
        </Alert>
      ) : null}
    </div>
  );
}
