import { ArrowDownIcon, ArrowUpIcon, Trash2Icon } from 'lucide-react';
import { useId } from 'react';
import { Controller, useFormContext, useWatch } from 'react-hook-form';
import { Field, SwitchField } from '@/components/form';
import { Button } from '@/components/ui/button';
import { Input } from '@/components/ui/input';
import { Select, SelectContent, SelectItem, SelectTrigger, SelectValue } from '@/components/ui/select';
import { POLICY_PROTOCOLS, protocolTakesPorts } from '@/domain/rules/validate/policy';
import { BidirectionalField } from './bidirectional-field';
import { EndpointField } from './endpoint-field';
import type { PolicyFormValues } from './policy-form-schema';
import { protocolLabel } from './policy-text';
import { RuleChainsNote } from './rule-chains-note';
import { RuleCompanion } from './rule-companion';
import { ruleTarget } from './rule-target';
import type { PolicyEditorData } from './use-policy-editor-data';

export interface PolicyRuleEditorProps {
  index: number;
  count: number;
  data: PolicyEditorData;
  onMove: (from: number, to: number) => void;
  onRemove: (index: number) => void;
}

/**
 * PolicyRuleEditor: every field of one rule, with what the rule will do said next to it: the
 * direction it can really work in, the firewall chain it lands in, and for rules towards
 * resources the offer of the companion input-chain policy.
 */
export function PolicyRuleEditor({ index, count, data, onMove, onRemove }: PolicyRuleEditorProps) {
  const { control, register, formState } = useFormContext<PolicyFormValues>();
  const rule = useWatch({ control, name: `rules.${index}` });
  const policyName = useWatch({ control, name: 'name' });
  const errors = formState.errors.rules?.[index];
  const target = ruleTarget(rule, data.groups);
  const n = index + 1;
  const titleId = `${useId()}-rule-title`;
  const sshGroups = Object.entries(rule.authorized_groups ?? {});
  const sshError = errors?.authorized_groups?.message;
  const authorizedGroupsError = typeof sshError === 'string' ? sshError : undefined;

  return (
    <fieldset aria-labelledby={titleId} className="flex flex-col gap-4 rounded-lg border bg-card p-4 shadow-xs">
      <div className="flex flex-wrap items-center justify-between gap-2">
        <h3 id={titleId} className="text-base font-semibold">
          Rule {n}
        </h3>
        <div className="flex items-center gap-1">
          <Button variant="ghost" size="icon-sm" aria-label={`Move rule ${n} up`} disabled={index === 0} onClick={() => onMove(index, index - 1)}>
            <ArrowUpIcon aria-hidden="true" />
          </Button>
          <Button variant="ghost" size="icon-sm" aria-label={`Move rule ${n} down`} disabled={index === count - 1} onClick={() => onMove(index, index + 1)}>
            <ArrowDownIcon aria-hidden="true" />
          </Button>
          <Button variant="ghost" size="sm" onClick={() => onRemove(index)} disabled={count === 1} aria-label={`Remove rule ${n}`}>
            <Trash2Icon aria-hidden="true" /> Remove
          </Button>
        </div>
      </div>
      {count === 1 ? <p className="-mt-2 text-xs text-muted-foreground">A policy needs at least one rule, so its only rule cannot be removed.</p> : null}
      <div className="grid gap-4 md:grid-cols-2">
        <Field label="Rule name" error={errors?.name?.message}>
          {(c) => <Input {...c} {...register(`rules.${index}.name`)} placeholder="e.g. SSH and HTTPS" />}
        </Field>
        <Field label="Rule description">{(c) => <Input {...c} {...register(`rules.${index}.description`)} />}</Field>
        <Field label="Action" error={errors?.action?.message} description="Accept allows the traffic; drop denies it.">
          {(c) => (
            <Controller
              control={control}
              name={`rules.${index}.action`}
              render={({ field }) => (
                <Select value={field.value} onValueChange={field.onChange}>
                  <SelectTrigger {...c}>
                    <SelectValue />
                  </SelectTrigger>
                  <SelectContent>
                    <SelectItem value="accept">Accept</SelectItem>
                    <SelectItem value="drop">Drop</SelectItem>
                  </SelectContent>
                </Select>
              )}
            />
          )}
        </Field>
        <Field label="Protocol" error={errors?.protocol?.message}>
          {(c) => (
            <Controller
              control={control}
              name={`rules.${index}.protocol`}
              render={({ field }) => (
                <Select value={field.value} onValueChange={field.onChange}>
                  <SelectTrigger {...c}>
                    <SelectValue />
                  </SelectTrigger>
                  <SelectContent>
                    {POLICY_PROTOCOLS.map((p) => (
                      <SelectItem key={p} value={p}>
                        {protocolLabel(p)}
                      </SelectItem>
                    ))}
                  </SelectContent>
                </Select>
              )}
            />
          )}
        </Field>
        <Field
          label="Ports"
          className="md:col-span-2"
          error={errors?.portsText?.message}
          description={
            protocolTakesPorts(rule.protocol)
              ? 'Ports or ranges, comma-separated (22, 443, 8000-8999). Empty means every port.'
              : `${protocolLabel(rule.protocol)} has no ports: leave this empty.`
          }
        >
          {(c) => <Input {...c} {...register(`rules.${index}.portsText`)} inputMode="numeric" placeholder="All ports" />}
        </Field>
        <EndpointField index={index} side="source" data={data} />
        <EndpointField index={index} side="destination" data={data} />
        <Controller
          control={control}
          name={`rules.${index}.enabled`}
          render={({ field }) => <SwitchField label="Rule enabled" checked={field.value} onCheckedChange={field.onChange} description="A disabled rule allows nothing." />}
        />
        <BidirectionalField index={index} data={data} />
      </div>
      {sshGroups.length > 0 ? (
        <div className="text-sm">
          <p className="font-medium">SSH local users (kept as they are)</p>
          <ul className="ml-5 list-disc text-muted-foreground">
            {sshGroups.map(([groupId, users]) => (
              <li key={groupId}>
                {data.groups.get(groupId)?.name ?? groupId}: {users.join(', ') || 'any user'}
              </li>
            ))}
          </ul>
          {authorizedGroupsError ? <p className="text-xs font-medium text-destructive">{authorizedGroupsError}</p> : null}
        </div>
      ) : null}
      <div className="flex flex-col gap-2 rounded-md border border-dashed p-3">
        <p className="text-sm font-medium">Where this rule applies</p>
        <RuleChainsNote index={data.index} target={target} />
        <RuleCompanion
          data={data}
          target={target}
          source={{
            policyName: policyName.trim() || 'New policy',
            sources: rule.sourceKind === 'groups' ? rule.sources : [],
            sourceResource: rule.sourceKind === 'resource' ? rule.sourceResource : null,
          }}
        />
      </div>
    </fieldset>
  );
}
