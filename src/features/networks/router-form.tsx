import { zodResolver } from '@hookform/resolvers/zod';
import { useEffect, useId, useMemo, useState } from 'react';
import { Controller, useForm, useWatch } from 'react-hook-form';
import { useNavigate } from '@/lib/router';
import type { NetworkRouter } from '@/api';
import { useCreateRouter, useUpdateRouter } from '@/api/mutations';
import { ChangePreviewPanel, SaveBlockedNote, useChangePreview } from '@/components/access-diff';
import { SaveStatus, SwitchField } from '@/components/form';
import { Button } from '@/components/ui/button';
import { Card, CardContent, CardFooter } from '@/components/ui/card';
import { MasqueradeField } from './masquerade-field';
import { MetricField } from './metric-field';
import { routerPath } from './paths';
import { emptyRouterValues, routerSchemaWith, routerValuesOf, toRouterRequest, type RouterFormValues } from './router-form-schema';
import { RoutingPeerChoice } from './routing-peer-choice';
import { useAccount } from './use-account';
import { useRouterDraft } from './use-router-draft';

/**
 * RouterForm: create or edit a routing peer of a network. The rules run on the network as it
 * would be after the save; a failed save keeps what was typed and shows the server's reason.
 */
export function RouterForm({ networkId, router }: { networkId: string; router?: NetworkRouter }) {
  const { snapshot } = useAccount();
  const navigate = useNavigate();
  const schema = useMemo(() => routerSchemaWith(snapshot, networkId, router?.id), [snapshot, networkId, router?.id]);
  const form = useForm<RouterFormValues>({ resolver: zodResolver(schema), defaultValues: router ? routerValuesOf(router) : emptyRouterValues });
  const { control, register, handleSubmit, formState, reset, setValue } = form;
  const values = useWatch({ control }) as RouterFormValues;
  const { state, position, after } = useRouterDraft(snapshot, networkId, router?.id, values);
  const gate = useChangePreview(snapshot, after);
  const blockedNoteId = useId();

  // A non-Linux routing peer cannot run with masquerade off: the disabled switch also holds the value on.
  useEffect(() => {
    if (state.disabledReason && !values.masquerade) setValue('masquerade', true, { shouldDirty: true });
  }, [state.disabledReason, values.masquerade, setValue]);

  const create = useCreateRouter();
  const update = useUpdateRouter();
  const save = router ? update : create;
  // The router as the form opened on it: a save first checks nobody changed it since.
  const [baseline, setBaseline] = useState(router);

  const submit = (force: boolean) =>
    handleSubmit(async (v) => {
      if (gate.blocked) return;
      const body = toRouterRequest(v);
      if (router) {
        const saved = await update.mutateAsync({ networkId, id: router.id, body, baseline, force }).catch(() => null);
        if (saved) {
          setBaseline(saved);
          reset(routerValuesOf(saved));
        }
        return;
      }
      const saved = await create.mutateAsync({ networkId, body }).catch(() => null);
      if (saved) void navigate(routerPath(networkId, saved.id), { state: { saved: 'Routing peer added.' } });
    });
  const onSubmit = submit(false);

  const err = formState.errors;
  return (
    <form onSubmit={(e) => void onSubmit(e)} noValidate aria-label={router ? 'Edit routing peer' : 'New routing peer'}>
      <Card>
        <CardContent className="flex flex-col gap-5">
          <RoutingPeerChoice control={control} kind={values.kind} errors={err} />
          <MetricField registration={register('metric', { valueAsNumber: true })} error={err.metric?.message} position={position} />
          <Controller
            control={control}
            name="masquerade"
            render={({ field }) => <MasqueradeField checked={field.value} onCheckedChange={field.onChange} state={state} error={err.masquerade?.message} />}
          />
          <Controller
            control={control}
            name="enabled"
            render={({ field }) => (
              <SwitchField label="Enabled" checked={field.value} onCheckedChange={field.onChange} description="A disabled routing peer carries no traffic for this network." />
            )}
          />
          <ChangePreviewPanel gate={gate} />
        </CardContent>
        <CardFooter className="flex-wrap justify-between">
          <div className="min-w-0 flex-1">
            <SaveStatus
              mutation={save}
              successText="Routing peer saved."
              onOverwrite={() => void submit(true)()}
              onReload={(current) => {
                const fresh = current as NetworkRouter;
                setBaseline(fresh);
                reset(routerValuesOf(fresh));
                update.reset();
              }}
            />
            <SaveBlockedNote gate={gate} id={blockedNoteId} />
          </div>
          <Button type="submit" disabled={save.isPending || gate.blocked} aria-describedby={gate.blocked ? blockedNoteId : undefined}>
            {router ? 'Save routing peer' : 'Add routing peer'}
          </Button>
        </CardFooter>
      </Card>
    </form>
  );
}
