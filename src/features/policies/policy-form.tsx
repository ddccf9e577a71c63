import { zodResolver } from '@hookform/resolvers/zod';
import { PlusIcon } from 'lucide-react';
import { useId, useMemo, useState } from 'react';
import { Controller, FormProvider, useFieldArray, useForm } from 'react-hook-form';
import { Link, useNavigate } from '@/lib/router';
import type { Policy } from '@/api';
import { useCreatePolicy, useUpdatePolicy } from '@/api/mutations';
import { ChangePreviewPanel, SaveBlockedNote } from '@/components/access-diff';
import { Field, SaveStatus, SwitchField } from '@/components/form';
import { Badge } from '@/components/ui/badge';
import { Button } from '@/components/ui/button';
import { Input } from '@/components/ui/input';
import { Textarea } from '@/components/ui/textarea';
import { newRule, policyFormSchemaFor, toPolicyRequest, valuesFromPolicy, type PolicyFormValues } from './policy-form-schema';
import { PolicyDraftFindings } from './policy-draft-findings';
import { PolicyRuleEditor } from './policy-rule-editor';
import { policyPath } from './paths';
import { usePolicyChangeGate } from './use-policy-change-gate';
import { usePolicyEditorData } from './use-policy-editor-data';

export interface PolicyFormProps {
  /** The policy being edited, or null for a new one. */
  policyId: string | null;
  defaults: PolicyFormValues;
  /** The stored policy as the form opened on it: a save first checks nobody changed it since. */
  baseline?: Policy | undefined;
}

/**
 * PolicyForm: create or edit a policy with all of its rules (add, remove, reorder). The values are
 * checked with the server's validator on submit and again on every change after that; a refused
 * save shows the server's message and keeps everything typed.
 */
export function PolicyForm({ policyId, defaults, baseline: opened }: PolicyFormProps) {
  const [baseline, setBaseline] = useState(opened);
  const data = usePolicyEditorData();
  const schema = useMemo(() => policyFormSchemaFor(data.refs), [data.refs]);
  const form = useForm<PolicyFormValues>({ resolver: zodResolver(schema), defaultValues: defaults });
  const rules = useFieldArray({ control: form.control, name: 'rules', keyName: 'fieldKey' });
  const create = useCreatePolicy();
  const update = useUpdatePolicy();
  const mutation = policyId ? update : create;
  const navigate = useNavigate();
  const { errors } = form.formState;
  const gate = usePolicyChangeGate(form.control, policyId, data.snapshot);
  const blockedNoteId = useId();

  const save = (force: boolean) =>
    form.handleSubmit((values) => {
      if (gate.blocked) return;
      const { request } = toPolicyRequest(values);
      if (policyId) {
        update.mutate(
          { id: policyId, body: request, baseline, force },
          {
            onSuccess: (saved) => {
              setBaseline(saved);
              form.reset(valuesAfterSave(values, saved.rules.map((r) => r.id)));
            },
          },
        );
      } else {
        create.mutate(request, { onSuccess: (saved) => void navigate(policyPath(saved.id)) });
      }
    });
  const submit = save(false);

  const postureChecks = defaults.source_posture_checks;
  return (
    <FormProvider {...form}>
      <form noValidate onSubmit={(e) => void submit(e)} className="flex flex-col gap-6" aria-label={policyId ? 'Edit policy' : 'New policy'}>
        <section className="grid gap-4 rounded-lg border bg-card p-4 shadow-xs md:grid-cols-2" aria-label="Policy">
          <Field label="Policy name" error={errors.name?.message}>
            {(c) => <Input {...c} {...form.register('name')} placeholder="e.g. Engineers to Office LAN" />}
          </Field>
          <Controller
            control={form.control}
            name="enabled"
            render={({ field }) => (
              <SwitchField label="Policy enabled" checked={field.value} onCheckedChange={field.onChange} description="A disabled policy allows nothing, whatever its rules say." />
            )}
          />
          <Field label="Description" className="md:col-span-2">
            {(c) => <Textarea {...c} {...form.register('description')} rows={2} />}
          </Field>
          <div className="flex flex-col gap-1.5 md:col-span-2">
            <p className="text-sm font-medium">Source posture checks</p>
            {postureChecks.length === 0 ? (
              <p className="text-sm text-muted-foreground">None.</p>
            ) : (
              <ul className="flex flex-wrap gap-1" aria-label="Source posture checks">
                {postureChecks.map((id) => (
                  <li key={id}>
                    <Badge variant="outline" className="font-mono">
                      {id}
                    </Badge>
                  </li>
                ))}
              </ul>
            )}
            <p className="text-xs text-muted-foreground">Shown read-only: this console keeps a policy’s posture checks as they are when it saves.</p>
          </div>
        </section>

        <div className="flex flex-col gap-4">
          <h2 className="text-lg font-semibold">Rules</h2>
          {errors.rules?.message || errors.rules?.root?.message ? (
            <p role="alert" className="text-sm font-medium text-destructive">
              {errors.rules.message ?? errors.rules.root?.message}
            </p>
          ) : null}
          {rules.fields.map((f, i) => (
            <PolicyRuleEditor key={f.fieldKey} index={i} count={rules.fields.length} data={data} onMove={rules.move} onRemove={rules.remove} />
          ))}
          <Button variant="outline" className="self-start" onClick={() => rules.append(newRule(`Rule ${rules.fields.length + 1}`))}>
            <PlusIcon aria-hidden="true" /> Add rule
          </Button>
        </div>

        <PolicyDraftFindings policyId={policyId} data={data} />
        <ChangePreviewPanel gate={gate} />

        <div className="flex flex-wrap items-center gap-3 border-t pt-4">
          <Button type="submit" disabled={mutation.isPending || gate.blocked} aria-describedby={gate.blocked ? blockedNoteId : undefined}>
            {policyId ? 'Save policy' : 'Create policy'}
          </Button>
          {policyId ? (
            <Button variant="outline" asChild>
              <Link to={policyPath(policyId)}>Back to the policy</Link>
            </Button>
          ) : null}
          <SaveStatus
            mutation={mutation}
            successText="Policy saved."
            onOverwrite={() => void save(true)()}
            onReload={(current) => {
              const fresh = current as Policy;
              setBaseline(fresh);
              form.reset(valuesFromPolicy(fresh));
              update.reset();
            }}
          />
          <SaveBlockedNote gate={gate} id={blockedNoteId} />
        </div>
      </form>
    </FormProvider>
  );
}

/** valuesAfterSave: the saved values with the rule ids the server gave, so a second save updates the same rules. */
function valuesAfterSave(values: PolicyFormValues, ruleIds: readonly (string | undefined)[]): PolicyFormValues {
  return { ...values, rules: values.rules.map((r, i) => (ruleIds[i] !== undefined ? { ...r, id: ruleIds[i] } : r)) };
}
