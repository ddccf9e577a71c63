import { zodResolver } from '@hookform/resolvers/zod';
import { useEffect } from 'react';
import { Controller, useForm } from 'react-hook-form';
import { Field, GroupPicker, SwitchField } from '@/components/form';
import { Input } from '@/components/ui/input';
import { BIDIRECTIONAL_DISABLED_REASON } from '@/domain/rules/editor/policy-bidirectional';
import { issuesOf, newPeers, stepBlocked } from '@/domain/wizard';
import { accessStepSchema, parsePortsText, portsText, type AccessStepValues } from '../plan-schema';
import { StepShell } from '../step-shell';
import type { WizardModel } from '../use-wizard';

const selectClass = 'h-9 rounded-md border border-input bg-background px-3 text-sm text-foreground';

/** AccessStep: the forward-chain policy (one-way), optionally the input chain, or the exit node's ICMP policy. */
export function AccessStep({ w }: { w: WizardModel }) {
  const plan = w.plan!;
  const exit = plan.scenario === 'exit-node';
  const form = useForm<AccessStepValues>({ resolver: zodResolver(accessStepSchema), defaultValues: { access: plan.access } });
  const { errors } = form.formState;
  const { update } = w;
  useEffect(() => {
    const sub = form.watch((v) => update(v as AccessStepValues));
    return () => sub.unsubscribe();
  }, [form, update]);
  const protocol = form.watch('access.protocol');
  const submit = form.handleSubmit(() => {
    if (!stepBlocked(w.issues, 'access')) w.go('review');
  });
  return (
    <StepShell
      title="5. Access"
      description={
        exit
          ? 'Who uses the exit node. The plan adds the minimum policy for an exit node (ICMP from these groups to the routing peers) and a match-all nameserver group for them.'
          : 'Who may reach the resources: a policy to the resource group, applied on the routing peers’ forward chain.'
      }
      issues={issuesOf(w.issues, 'access')}
      onBack={() => w.go(newPeers(plan).length > 0 ? 'install' : 'peers')}
      next={{ label: 'Next: review' }}
      formId="wizard-access"
    >
      <form id="wizard-access" noValidate onSubmit={(e) => void submit(e)} className="flex flex-col gap-4">
        <Controller
          control={form.control}
          name="access.sourceGroups"
          render={({ field }) => (
            <Field label={exit ? 'Exit node users (source groups)' : 'Source groups'} error={errors.access?.sourceGroups?.message}>
              {(c) => <GroupPicker control={c} value={field.value} onChange={field.onChange} allowCreate={false} />}
            </Field>
          )}
        />
        {!exit ? (
          <>
            <Field label="Policy name">{(c) => <Input {...c} {...form.register('access.policyName')} />}</Field>
            <Field label="Protocol">
              {(c) => (
                <select {...c} className={selectClass} {...form.register('access.protocol')}>
                  <option value="all">All</option>
                  <option value="tcp">TCP</option>
                  <option value="udp">UDP</option>
                </select>
              )}
            </Field>
            {protocol !== 'all' ? (
              <Controller
                control={form.control}
                name="access.ports"
                render={({ field }) => (
                  <Field label="Ports" description="Comma-separated, e.g. 443, 8443. Empty: every port.">
                    {(c) => <Input {...c} defaultValue={portsText(field.value)} onChange={(e) => field.onChange(parsePortsText(e.target.value))} />}
                  </Field>
                )}
              />
            ) : null}
            <SwitchField label="Bidirectional" checked={false} onCheckedChange={() => {}} disabledReason={BIDIRECTIONAL_DISABLED_REASON} />
          </>
        ) : null}
        <Controller
          control={form.control}
          name="access.inputPorts"
          render={({ field }) => (
            <Field
              label="Services on the routing peers themselves (TCP ports, optional)"
              description="E.g. 22, 3000. Traffic to the routing peer's own address passes its input chain and needs a peer-to-peer policy of its own."
            >
              {(c) => <Input {...c} defaultValue={portsText(field.value)} onChange={(e) => field.onChange(parsePortsText(e.target.value))} />}
            </Field>
          )}
        />
      </form>
    </StepShell>
  );
}
