import { zodResolver } from '@hookform/resolvers/zod';
import { PlusIcon, Trash2Icon } from 'lucide-react';
import { useEffect, useMemo } from 'react';
import { Controller, useFieldArray, useForm } from 'react-hook-form';
import { Field, PeerPicker, SwitchField } from '@/components/form';
import { Button } from '@/components/ui/button';
import { Input } from '@/components/ui/input';
import { checkPlan, issuesOf, PLATFORMS, planObjects, plannedSnapshot, stepBlocked, DEFAULT_METRIC } from '@/domain/wizard';
import { peersStepSchema, type PeersStepValues } from '../plan-schema';
import { StepShell } from '../step-shell';
import type { WizardModel } from '../use-wizard';

const selectClass = 'h-9 rounded-md border border-input bg-background px-3 text-sm text-foreground';

/** PeersStep: existing peers or new ones to install, metrics for HA, failure domains, masquerade. */
export function PeersStep({ w }: { w: WizardModel }) {
  const plan = w.plan!;
  const exit = plan.scenario === 'exit-node';
  const form = useForm<PeersStepValues>({ resolver: zodResolver(peersStepSchema), defaultValues: { peers: plan.peers, masquerade: plan.masquerade } });
  const peers = useFieldArray({ control: form.control, name: 'peers' });
  const { errors } = form.formState;
  const { update } = w;
  useEffect(() => {
    const sub = form.watch((v) => update(v as PeersStepValues));
    return () => sub.unsubscribe();
  }, [form, update]);

  // Why masquerade cannot be off for this plan: the same check, asked about the plan with it off.
  const offReason = useMemo(() => {
    if (exit) return 'An exit node requires masquerade.';
    const off = { ...plan, masquerade: false };
    const objects = planObjects(off, { peerName: (id) => id, routingPeerDnsOn: true, needsRoutingPeerDns: () => false });
    const issue = checkPlan(w.snapshot, plannedSnapshot(w.snapshot, off, objects), off).find((i) => i.field === 'masquerade' && i.severity === 'error');
    return issue?.message ?? null;
  }, [exit, plan, w.snapshot]);

  const setMetrics = (mode: 'primary' | 'equal') =>
    form.getValues('peers').forEach((_, i) => form.setValue(`peers.${i}.metric`, mode === 'equal' ? 100 : 100 * (i + 1), { shouldDirty: true }));
  const submit = form.handleSubmit(() => {
    if (!stepBlocked(w.issues, 'peers')) w.go(plan.peers.some((p) => p.kind === 'new') ? 'install' : 'access');
  });

  return (
    <StepShell
      title="3. Routing peers"
      description="Peers that forward traffic to the resources. Add more than one for high availability: different metrics make a primary and standbys, equal metrics balance by latency. Place them in different failure domains."
      issues={issuesOf(w.issues, 'peers')}
      onBack={() => w.go('network')}
      next={{ label: 'Next' }}
      formId="wizard-peers"
    >
      <form id="wizard-peers" noValidate onSubmit={(e) => void submit(e)} className="flex flex-col gap-4">
        {peers.fields.map((f, i) => (
          <fieldset key={f.id} className="grid gap-2 rounded-md border p-3 sm:grid-cols-[2fr_1fr_1fr_1fr_auto] sm:items-end">
            <legend className="px-1 text-sm font-medium">{f.kind === 'existing' ? `Routing peer ${i + 1} (existing)` : `Routing peer ${i + 1} (new, to install)`}</legend>
            {f.kind === 'existing' ? (
              <Controller
                control={form.control}
                name={`peers.${i}.peerId`}
                render={({ field }) => (
                  <Field label={`Peer ${i + 1}`} error={(errors.peers?.[i] as { peerId?: { message?: string } } | undefined)?.peerId?.message}>
                    {(c) => <PeerPicker control={c} value={field.value} onChange={(id) => field.onChange(id ?? '')} />}
                  </Field>
                )}
              />
            ) : (
              <>
                <Field label={`New peer ${i + 1} name`} error={(errors.peers?.[i] as { name?: { message?: string } } | undefined)?.name?.message}>
                  {(c) => <Input {...c} {...form.register(`peers.${i}.name`)} />}
                </Field>
                <Field label={`Peer ${i + 1} platform`}>
                  {(c) => (
                    <select {...c} className={selectClass} {...form.register(`peers.${i}.platform`)}>
                      {PLATFORMS.map((p) => (
                        <option key={p.id} value={p.id}>
                          {p.label}
                        </option>
                      ))}
                    </select>
                  )}
                </Field>
              </>
            )}
            <Field label={`Peer ${i + 1} metric`} error={errors.peers?.[i]?.metric?.message}>
              {(c) => <Input {...c} type="number" inputMode="numeric" {...form.register(`peers.${i}.metric`, { valueAsNumber: true })} />}
            </Field>
            <Field label={`Peer ${i + 1} failure domain`}>{(c) => <Input {...c} placeholder="e.g. eu-central-1a" {...form.register(`peers.${i}.failureDomain`)} />}</Field>
            <Button type="button" variant="ghost" size="icon" aria-label={`Remove routing peer ${i + 1}`} onClick={() => peers.remove(i)}>
              <Trash2Icon aria-hidden="true" />
            </Button>
          </fieldset>
        ))}
        <div className="flex flex-wrap gap-2">
          <Button type="button" variant="outline" onClick={() => peers.append({ kind: 'existing', peerId: '', metric: DEFAULT_METRIC, failureDomain: '' })}>
            <PlusIcon aria-hidden="true" /> Add existing peer
          </Button>
          <Button type="button" variant="outline" onClick={() => peers.append({ kind: 'new', name: '', platform: 'linux', metric: DEFAULT_METRIC, failureDomain: '' })}>
            <PlusIcon aria-hidden="true" /> Add new peer
          </Button>
          {peers.fields.length > 1 ? (
            <>
              <Button type="button" variant="secondary" onClick={() => setMetrics('primary')}>
                Primary / standby metrics
              </Button>
              <Button type="button" variant="secondary" onClick={() => setMetrics('equal')}>
                Equal metrics (latency balancing)
              </Button>
            </>
          ) : null}
        </div>
        {errors.peers?.root?.message || errors.peers?.message ? <p className="text-xs font-medium text-destructive">{errors.peers?.root?.message ?? errors.peers?.message}</p> : null}
        <Controller
          control={form.control}
          name="masquerade"
          render={({ field }) => (
            <SwitchField
              label="Masquerade"
              description="On: the routing peer rewrites sources to its LAN address, so the destination network needs no return route. Off keeps the overlay IP visible but needs a return route for the NetBird range via the routing peer; Linux only, and impossible with high availability."
              checked={field.value}
              onCheckedChange={field.onChange}
              disabledReason={field.value && offReason ? offReason : undefined}
            />
          )}
        />
      </form>
    </StepShell>
  );
}
