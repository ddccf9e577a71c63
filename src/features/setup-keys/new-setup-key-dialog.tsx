import { zodResolver } from '@hookform/resolvers/zod';
import { useSuspenseQuery } from '@tanstack/react-query';
import { PlusIcon } from 'lucide-react';
import { useMemo, useState } from 'react';
import { Controller, useForm, useWatch } from 'react-hook-form';
import { queries, useApiClient, type SetupKey } from '@/api';
import { useCreateSetupKey } from '@/api/mutations';
import { buildRefLookup, Field, FormError, GroupPicker, SwitchField } from '@/components/form';
import { Button } from '@/components/ui/button';
import { Dialog, DialogContent, DialogDescription, DialogFooter, DialogHeader, DialogTitle, DialogTrigger } from '@/components/ui/dialog';
import { Input } from '@/components/ui/input';
import { CreatedKeyPanel } from './created-key-panel';
import { RoutingPeerPreset } from './routing-peer-preset';
import { emptySetupKeyValues, routingPeerKeyValues, setupKeyFormSchemaFor, toCreateRequest, type SetupKeyFormValues } from './setup-key-form-schema';

/**
 * NewSetupKeyDialog: create a setup key (one-off or reusable, expiry, usage limit, ephemeral, auto
 * groups), with the routing peer preset, then show the plain key this one time. The key lives only
 * in this dialog's state: closing it forgets the key.
 */
export function NewSetupKeyDialog() {
  const client = useApiClient();
  const { data: groups } = useSuspenseQuery(queries.groups(client));
  const schema = useMemo(() => setupKeyFormSchemaFor(buildRefLookup(groups, [])), [groups]);
  const form = useForm<SetupKeyFormValues>({ resolver: zodResolver(schema), defaultValues: emptySetupKeyValues() });
  const create = useCreateSetupKey();
  const [open, setOpen] = useState(false);
  const [created, setCreated] = useState<SetupKey | null>(null);
  const { errors } = form.formState;
  const [type, neverExpires, autoGroups] = useWatch({ control: form.control, name: ['type', 'neverExpires', 'autoGroups'] });

  const close = (next: boolean) => {
    setOpen(next);
    if (!next) {
      setCreated(null);
      create.reset();
      form.reset(emptySetupKeyValues());
    }
  };
  const submit = form.handleSubmit((v) => create.mutate(toCreateRequest(v), { onSuccess: (key) => setCreated(key) }));
  const applyPreset = (groupId: string | null) => form.reset(routingPeerKeyValues(form.getValues(), groupId), { keepDefaultValues: true });

  return (
    <Dialog open={open} onOpenChange={close}>
      <DialogTrigger asChild>
        <Button>
          <PlusIcon aria-hidden="true" /> New setup key
        </Button>
      </DialogTrigger>
      <DialogContent className="max-h-[90vh] overflow-y-auto sm:max-w-xl">
        <DialogHeader>
          <DialogTitle>{created ? 'Setup key created' : 'New setup key'}</DialogTitle>
          <DialogDescription>A setup key registers peers without an interactive login and puts them into its auto groups.</DialogDescription>
        </DialogHeader>
        {created ? (
          <CreatedKeyPanel created={created} />
        ) : (
          <form id="new-setup-key" noValidate onSubmit={(e) => void submit(e)} className="flex flex-col gap-4">
            <RoutingPeerPreset onApply={applyPreset} selectedGroups={autoGroups} />
            <Field label="Name" error={errors.name?.message}>
              {(c) => <Input {...c} {...form.register('name')} placeholder="e.g. Routing peers" />}
            </Field>
            <fieldset className="flex flex-col gap-1.5">
              <legend className="mb-1 text-sm font-medium">Type</legend>
              {(['one-off', 'reusable'] as const).map((t) => (
                <label key={t} className="flex cursor-pointer items-center gap-2 text-sm">
                  <input type="radio" value={t} {...form.register('type')} className="accent-primary" />
                  {t === 'one-off' ? 'One-off: registers a single peer' : 'Reusable: registers any number of peers (up to the usage limit)'}
                </label>
              ))}
            </fieldset>
            <Controller
              control={form.control}
              name="neverExpires"
              render={({ field }) => <SwitchField label="Never expires" checked={field.value} onCheckedChange={field.onChange} />}
            />
            <Field
              label="Expires in (days)"
              error={errors.expiresInDays?.message}
              description={neverExpires ? 'Not used: the key never expires.' : 'After this many days the key can no longer register peers.'}
            >
              {(c) => <Input {...c} {...form.register('expiresInDays')} inputMode="numeric" disabled={neverExpires} />}
            </Field>
            <Field
              label="Usage limit"
              error={errors.usageLimit?.message}
              description={type === 'one-off' ? 'A one-off key registers one peer: 0 or 1.' : 'How many peers it may register; 0 means unlimited.'}
            >
              {(c) => <Input {...c} {...form.register('usageLimit')} inputMode="numeric" />}
            </Field>
            <Controller
              control={form.control}
              name="ephemeral"
              render={({ field }) => (
                <SwitchField
                  label="Ephemeral peers"
                  checked={field.value}
                  onCheckedChange={field.onChange}
                  description="Peers it registers are removed after 10 minutes offline. Not for routing peers."
                />
              )}
            />
            <Field label="Auto groups" error={errors.autoGroups?.message} description="Every peer registered with this key joins these groups.">
              {(c) => <Controller control={form.control} name="autoGroups" render={({ field }) => <GroupPicker control={c} value={field.value} onChange={field.onChange} />} />}
            </Field>
            <FormError error={create.error} title="Not created" />
          </form>
        )}
        <DialogFooter>
          {created ? (
            <Button onClick={() => close(false)}>Done, I copied the key</Button>
          ) : (
            <>
              <Button variant="outline" onClick={() => close(false)}>
                Cancel
              </Button>
              <Button type="submit" form="new-setup-key" disabled={create.isPending}>
                {create.isPending ? 'Creating…' : 'Create setup key'}
              </Button>
            </>
          )}
        </DialogFooter>
      </DialogContent>
    </Dialog>
  );
}
