import { zodResolver } from '@hookform/resolvers/zod';
import { useId, useMemo, useState } from 'react';
import { Controller, useForm, useWatch } from 'react-hook-form';
import { useNavigate } from '@/lib/router';
import type { Network, NetworkResource } from '@/api';
import { useCreateNetwork, useCreateResource, useUpdateResource } from '@/api/mutations';
import { ChangePreviewPanel, SaveBlockedNote, useChangePreview } from '@/components/access-diff';
import { Field, FormError, GroupPicker, SaveStatus, SwitchField } from '@/components/form';
import { Button } from '@/components/ui/button';
import { Card, CardContent, CardFooter } from '@/components/ui/card';
import { Input } from '@/components/ui/input';
import { applyResourceDraft } from '@/domain/draft/resource';
import { resourcePath } from './paths';
import { ResourceAddressField } from './resource-address-field';
import { emptyResourceValues, resourceSchemaWith, resourceValuesOf, toResourceRequest, type ResourceFormValues } from './resource-form-schema';
import { ResourceMixAlert } from './resource-mix-alert';
import { useAccount } from './use-account';
import { dedicatedNetworkFor, useResourceMix, useResourceRuleContext } from './use-resource-rules';
import { WildcardDnsAlert } from './wildcard-dns-alert';

/**
 * ResourceForm: create or edit a network resource. Field rules are the control plane's
 * (validateNetworkResource); the alerts evaluate the network as it would be after the save.
 * A failed save keeps everything typed and shows the server's reason.
 */
export function ResourceForm({ network, resource }: { network: Network; resource?: NetworkResource }) {
  const { snapshot } = useAccount();
  const navigate = useNavigate();
  const selfId = resource?.id;
  const ctx = useResourceRuleContext(snapshot, selfId);
  const schema = useMemo(() => resourceSchemaWith(ctx), [ctx]);
  const form = useForm<ResourceFormValues>({
    resolver: zodResolver(schema),
    defaultValues: resource ? resourceValuesOf(resource) : emptyResourceValues,
  });
  const { register, handleSubmit, control, formState, reset } = form;
  const values = useWatch({ control }) as ResourceFormValues;
  const mix = useResourceMix(snapshot, network.id, selfId, values);
  const dedicated = dedicatedNetworkFor(snapshot, network.name);
  const { name, address, enabled, groups } = values;
  const after = useMemo(() => applyResourceDraft(snapshot, network.id, { id: selfId, name, address, enabled, groups }), [snapshot, network.id, selfId, name, address, enabled, groups]);
  const gate = useChangePreview(snapshot, after);
  const blockedNoteId = useId();

  const create = useCreateResource();
  const update = useUpdateResource();
  const createNetwork = useCreateNetwork();
  // The one-click move has its own mutation so its failure shows once, under the alert, not as "Not saved".
  const createMoved = useCreateResource();
  const [moveError, setMoveError] = useState<unknown>(null);
  const [moving, setMoving] = useState(false);
  const save = resource ? update : create;
  // The resource as the form opened on it: a save first checks nobody changed it since.
  const [baseline, setBaseline] = useState(resource);

  const submit = (force: boolean) =>
    handleSubmit(async (v) => {
      if (gate.blocked) return;
      const body = toResourceRequest(v);
      if (resource) {
        const saved = await update.mutateAsync({ networkId: network.id, id: resource.id, body, baseline, force }).catch(() => null);
        if (saved) {
          setBaseline(saved);
          reset(resourceValuesOf(saved));
        }
        return;
      }
      const saved = await create.mutateAsync({ networkId: network.id, body }).catch(() => null);
      if (saved) void navigate(resourcePath(network.id, saved.id), { state: { saved: `Resource “${saved.name}” created.` } });
    });
  const onSubmit = submit(false);

  const onMove = handleSubmit(async (v) => {
    setMoving(true);
    setMoveError(null);
    try {
      const target = dedicated.existingId ?? (await createNetwork.mutateAsync({ name: dedicated.name, description: `Domain resources of ${network.name}, kept apart from its IP resources.` })).id;
      const saved = await createMoved.mutateAsync({ networkId: target, body: toResourceRequest(v) });
      void navigate(resourcePath(target, saved.id), {
        state: { saved: `Resource “${saved.name}” saved in network “${dedicated.name}”. Add routing peers to that network: without them nobody reaches it.` },
      });
    } catch (e) {
      setMoveError(e);
    } finally {
      setMoving(false);
    }
  });

  const err = formState.errors;
  return (
    <form onSubmit={(e) => void onSubmit(e)} noValidate aria-label={resource ? 'Edit resource' : 'New resource'}>
      <Card>
        <CardContent className="flex flex-col gap-5">
          <Field label="Name" description="Unique across the account." error={err.name?.message}>
            {(c) => <Input {...c} {...register('name')} autoComplete="off" />}
          </Field>
          <ResourceAddressField registration={register('address')} value={values.address ?? ''} error={err.address?.message} />
          {values.address ? <WildcardDnsAlert address={values.address} /> : null}
          {mix ? (
            <ResourceMixAlert mix={mix} networkName={network.name} dedicatedName={dedicated.name} onMove={!resource && mix.draftIsDomain ? () => void onMove() : undefined} moving={moving} />
          ) : null}
          <FormError error={moveError} title="Not moved" />
          <Field label="Groups" description="Required: policies reach a resource through its groups. Type a new name to create a group." error={err.groups?.message ?? err.groups?.root?.message}>
            {(c) => <Controller control={control} name="groups" render={({ field }) => <GroupPicker control={c} value={field.value} onChange={field.onChange} />} />}
          </Field>
          <Field label="Description" error={err.description?.message}>
            {(c) => <Input {...c} {...register('description')} autoComplete="off" />}
          </Field>
          <Controller
            control={control}
            name="enabled"
            render={({ field }) => (
              <SwitchField label="Enabled" checked={field.value} onCheckedChange={field.onChange} description="A disabled resource is not routed and no policy reaches it." />
            )}
          />
          <ChangePreviewPanel gate={gate} />
        </CardContent>
        <CardFooter className="flex-wrap justify-between">
          <div className="min-w-0 flex-1">
            <SaveStatus
              mutation={save}
              successText="Resource saved."
              onOverwrite={() => void submit(true)()}
              onReload={(current) => {
                const fresh = current as NetworkResource;
                setBaseline(fresh);
                reset(resourceValuesOf(fresh));
                update.reset();
              }}
            />
            <SaveBlockedNote gate={gate} id={blockedNoteId} />
          </div>
          <Button type="submit" disabled={save.isPending || moving || gate.blocked} aria-describedby={gate.blocked ? blockedNoteId : undefined}>
            {resource ? 'Save resource' : 'Create resource'}
          </Button>
        </CardFooter>
      </Card>
    </form>
  );
}
