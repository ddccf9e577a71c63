import { zodResolver } from '@hookform/resolvers/zod';
import { useEffect } from 'react';
import { useForm } from 'react-hook-form';
import { Field } from '@/components/form';
import { Input } from '@/components/ui/input';
import { issuesOf, newPeers, stepBlocked } from '@/domain/wizard';
import { InstallCommandsView } from '../install-commands-view';
import { installStepSchema, type InstallStepValues } from '../plan-schema';
import { StepShell } from '../step-shell';
import type { WizardModel } from '../use-wizard';

/** InstallStep: the setup key for new routing peers (scoped to their own group) and a preview of the commands. */
export function InstallStep({ w }: { w: WizardModel }) {
  const plan = w.plan!;
  const fresh = newPeers(plan);
  const form = useForm<InstallStepValues>({ resolver: zodResolver(installStepSchema), defaultValues: { routerGroupName: plan.routerGroupName, setupKey: plan.setupKey } });
  const { errors } = form.formState;
  const { update } = w;
  useEffect(() => {
    const sub = form.watch((v) => update(v as InstallStepValues));
    return () => sub.unsubscribe();
  }, [form, update]);
  const submit = form.handleSubmit(() => {
    if (!stepBlocked(w.issues, 'install')) w.go('access');
  });
  const first = fresh[0]?.peer;
  return (
    <StepShell
      title="4. Install"
      description="New routing peers register with a setup key (no interactive login on a headless server). The key puts them into a routing-peers group of their own; it is created when the plan is applied and shown once, on the Verify step."
      issues={issuesOf(w.issues, 'install')}
      onBack={() => w.go('peers')}
      next={{ label: 'Next: access' }}
      formId="wizard-install"
    >
      <form id="wizard-install" noValidate onSubmit={(e) => void submit(e)} className="flex flex-col gap-4">
        <Field label="Routing-peers group" description="The setup key's auto group: only the peers you install join it.">
          {(c) => <Input {...c} {...form.register('routerGroupName')} />}
        </Field>
        <Field label="Setup key name">{(c) => <Input {...c} {...form.register('setupKey.name')} />}</Field>
        <fieldset className="flex flex-col gap-1.5">
          <legend className="mb-1 text-sm font-medium">Key type</legend>
          {(['one-off', 'reusable'] as const).map((t) => (
            <label key={t} className="flex items-center gap-2 text-sm">
              <input type="radio" value={t} className="accent-primary" {...form.register('setupKey.type')} />
              {t === 'one-off' ? 'One-off: registers a single peer' : `Reusable: limited to the ${fresh.length} peer(s) of this plan`}
            </label>
          ))}
        </fieldset>
        <Field label="Expires in (days)" error={errors.setupKey?.expiresInDays?.message}>
          {(c) => <Input {...c} type="number" inputMode="numeric" {...form.register('setupKey.expiresInDays', { valueAsNumber: true })} />}
        </Field>
      </form>
      {first ? (
        <section aria-label="Install commands preview" className="flex flex-col gap-2">
          <h3 className="text-sm font-medium">Install commands (preview: the real key replaces &lt;SETUP-KEY&gt; after Apply)</h3>
          <InstallCommandsView setupKey="<SETUP-KEY>" peerName={first.name || 'routing-peer'} initial={first.platform} />
        </section>
      ) : null}
    </StepShell>
  );
}
