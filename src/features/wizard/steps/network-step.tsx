import { zodResolver } from '@hookform/resolvers/zod';
import { PlusIcon, Trash2Icon } from 'lucide-react';
import { useEffect } from 'react';
import { Controller, useFieldArray, useForm } from 'react-hook-form';
import { Field, SwitchField } from '@/components/form';
import { Button } from '@/components/ui/button';
import { Input } from '@/components/ui/input';
import { classifyResourceAddress } from '@/domain/net';
import { issuesOf, stepBlocked } from '@/domain/wizard';
import { networkStepSchema, parsePortsText, portsText, type NetworkStepValues } from '../plan-schema';
import { StepShell } from '../step-shell';
import type { WizardModel } from '../use-wizard';

const selectClass = 'h-9 rounded-md border border-input bg-background px-3 text-sm text-foreground';

/** NetworkStep: a new or existing network with typed resources in a group, or the exit node's route and DNS. */
export function NetworkStep({ w }: { w: WizardModel }) {
  const plan = w.plan!;
  const exit = plan.scenario === 'exit-node';
  const form = useForm<NetworkStepValues>({
    resolver: zodResolver(networkStepSchema),
    defaultValues: { network: plan.network, resourceGroup: plan.resourceGroup, resources: plan.resources, exitNode: plan.exitNode },
  });
  const resources = useFieldArray({ control: form.control, name: 'resources' });
  const { errors } = form.formState;
  const { update } = w;
  useEffect(() => {
    const sub = form.watch((v) => update(v as NetworkStepValues));
    return () => sub.unsubscribe();
  }, [form, update]);
  const network = form.watch('network');
  const group = form.watch('resourceGroup');
  const issues = issuesOf(w.issues, 'network');
  const submit = form.handleSubmit(() => {
    if (!stepBlocked(w.issues, 'network')) w.go('peers');
  });

  return (
    <StepShell
      title="2. Network and resources"
      description={exit ? 'An exit node uses a 0.0.0.0/0 network route (Networks do not cover exit nodes yet), plus a match-all nameserver group against DNS leaks.' : 'Where the resources live and what they are. Domain resources belong in their own network, never next to IP ranges.'}
      issues={issues}
      onBack={() => w.go('scenario')}
      next={{ label: 'Next: routing peers' }}
      formId="wizard-network"
    >
      <form id="wizard-network" noValidate onSubmit={(e) => void submit(e)} className="flex flex-col gap-4">
        {exit ? (
          <>
            <Field label="Exit node name" description="The route's network identifier; HA routing peers share it." error={errors.exitNode?.name?.message}>
              {(c) => <Input {...c} {...form.register('exitNode.name')} />}
            </Field>
            <Controller
              control={form.control}
              name="exitNode.autoApply"
              render={({ field }) => (
                <SwitchField label="Auto apply" description="Clients use the exit node automatically (v0.55.0+); off: only when a user selects it." checked={field.value} onCheckedChange={field.onChange} />
              )}
            />
            <Controller
              control={form.control}
              name="exitNode.nameservers"
              render={({ field }) => (
                <Field label="Match-all nameservers" description="Comma-separated IPs; a nameserver group with match domain ALL for the exit node's users.">
                  {(c) => <Input {...c} defaultValue={portsText(field.value)} onChange={(e) => field.onChange(parsePortsText(e.target.value))} />}
                </Field>
              )}
            />
          </>
        ) : (
          <>
            <fieldset className="flex flex-col gap-2">
              <legend className="mb-1 text-sm font-medium">Network</legend>
              <label className="flex items-center gap-2 text-sm">
                <input type="radio" className="accent-primary" checked={network.kind === 'new'} onChange={() => form.setValue('network', { kind: 'new', name: plan.network.kind === 'new' ? plan.network.name : '', description: '' })} />
                A new network
              </label>
              <label className="flex items-center gap-2 text-sm">
                <input type="radio" className="accent-primary" checked={network.kind === 'existing'} onChange={() => form.setValue('network', { kind: 'existing', id: w.snapshot.networks[0]?.id ?? '' })} />
                An existing network
              </label>
            </fieldset>
            {network.kind === 'new' ? (
              <Field label="Network name">{(c) => <Input {...c} {...form.register('network.name')} />}</Field>
            ) : (
              <Field label="Existing network">
                {(c) => (
                  <select {...c} className={selectClass} {...form.register('network.id')}>
                    {w.snapshot.networks.map((n) => (
                      <option key={n.id} value={n.id}>
                        {n.name}
                      </option>
                    ))}
                  </select>
                )}
              </Field>
            )}
            <fieldset className="flex flex-col gap-2">
              <legend className="mb-1 text-sm font-medium">Resource group</legend>
              <label className="flex items-center gap-2 text-sm">
                <input type="radio" className="accent-primary" checked={group.kind === 'new'} onChange={() => form.setValue('resourceGroup', { kind: 'new', name: `${network.kind === 'new' ? network.name : 'Network'} resources` })} />
                A new group
              </label>
              <label className="flex items-center gap-2 text-sm">
                <input type="radio" className="accent-primary" checked={group.kind === 'existing'} onChange={() => form.setValue('resourceGroup', { kind: 'existing', id: w.snapshot.groups[0]?.id ?? '' })} />
                An existing group
              </label>
            </fieldset>
            {group.kind === 'new' ? (
              <Field label="Resource group name" description="Every resource of this plan joins it; the policy's destination.">
                {(c) => <Input {...c} {...form.register('resourceGroup.name')} />}
              </Field>
            ) : (
              <Field label="Existing resource group">
                {(c) => (
                  <select {...c} className={selectClass} {...form.register('resourceGroup.id')}>
                    {w.snapshot.groups.map((g) => (
                      <option key={g.id} value={g.id}>
                        {g.name}
                      </option>
                    ))}
                  </select>
                )}
              </Field>
            )}
            <fieldset className="flex flex-col gap-3">
              <legend className="mb-1 text-sm font-medium">Resources</legend>
              {resources.fields.map((f, i) => {
                const address = form.watch(`resources.${i}.address`);
                const kind = classifyResourceAddress(address ?? '');
                return (
                  <div key={f.id} className="grid items-end gap-2 sm:grid-cols-[1fr_1fr_auto_auto]">
                    <Field label={`Resource ${i + 1} name`} error={errors.resources?.[i]?.name?.message}>
                      {(c) => <Input {...c} {...form.register(`resources.${i}.name`)} />}
                    </Field>
                    <Field label={`Resource ${i + 1} address`} description="IP, CIDR, domain or *.wildcard" error={errors.resources?.[i]?.address?.message}>
                      {(c) => <Input {...c} {...form.register(`resources.${i}.address`)} />}
                    </Field>
                    <span className="pb-2 text-xs text-muted-foreground">{kind.ok ? kind.value.type : '—'}</span>
                    <Button type="button" variant="ghost" size="icon" aria-label={`Remove resource ${i + 1}`} onClick={() => resources.remove(i)}>
                      <Trash2Icon aria-hidden="true" />
                    </Button>
                  </div>
                );
              })}
              <Button type="button" variant="outline" className="self-start" onClick={() => resources.append({ name: '', address: '' })}>
                <PlusIcon aria-hidden="true" /> Add resource
              </Button>
            </fieldset>
          </>
        )}
      </form>
    </StepShell>
  );
}
