import { zodResolver } from '@hookform/resolvers/zod';
import { useQuery, useSuspenseQuery } from '@tanstack/react-query';
import { useMemo, useState } from 'react';
import { Controller, useForm } from 'react-hook-form';
import { Link, useNavigate } from '@/lib/router';
import { queries, useApiClient, type Route } from '@/api';
import { useCreateRoute, useUpdateRoute } from '@/api/mutations';
import { buildRefLookup, Field, GroupPicker, SaveStatus, SwitchField } from '@/components/form';
import { RoutingPeerPicker } from '@/components/form/routing-peer-picker';
import { Button } from '@/components/ui/button';
import { Card, CardContent, CardHeader, CardTitle } from '@/components/ui/card';
import { Input } from '@/components/ui/input';
import { Textarea } from '@/components/ui/textarea';
import { applyRouteDraft, NEW_ROUTE_ID, routeDraftFrom } from '@/domain/draft/route';
import { exitNodeChecks } from '@/domain/rules/editor/exit-node-checks';
import { EXIT_NODE_MASQUERADE_REASON } from '@/domain/rules/editor/route-masquerade';
import { ExitNodeChecksPanel } from './exit-node-checks-panel';
import { ExitNodeFacts } from './exit-node-facts';
import { EXIT_NODE_NETWORK, exitNodeFormDefaults, exitNodeFormSchema, toExitNodeRequest, type ExitNodeFormValues } from './exit-node-form-schema';

/**
 * ExitNodeForm: create or edit an exit node. The checks (ICMP policy, DNS leak, masquerade) run on
 * the draft applied to the account, so choosing distribution groups shows at once what they lack;
 * fixes that create other objects apply immediately, the exit node itself is saved with the form.
 */
export function ExitNodeForm({ route }: { route?: Route }) {
  const client = useApiClient();
  const navigate = useNavigate();
  const { data: groups } = useSuspenseQuery(queries.groups(client));
  const { data: peers } = useSuspenseQuery(queries.peers(client));
  const snapshot = useQuery(queries.snapshot(client)).data;
  const refs = useMemo(() => buildRefLookup(groups, peers), [groups, peers]);
  const schema = useMemo(() => exitNodeFormSchema({ refs, snapshot, routeId: route?.id, stored: route }), [refs, snapshot, route]);
  const form = useForm<ExitNodeFormValues>({ resolver: zodResolver(schema), defaultValues: exitNodeFormDefaults(route) });
  const create = useCreateRoute();
  const update = useUpdateRoute();
  const mutation = route ? update : create;
  const values = form.watch();
  const draft = toExitNodeRequest(values, route);
  const draftKey = JSON.stringify(draft);
  const checks = useMemo(
    () => (snapshot ? exitNodeChecks(applyRouteDraft(snapshot, draft, route?.id), route?.id ?? NEW_ROUTE_ID) : null),
    // draftKey stands for the draft, which is rebuilt on every render.
    // eslint-disable-next-line react-hooks/exhaustive-deps
    [snapshot, draftKey, route?.id],
  );
  const errors = form.formState.errors;

  const masqueradeOn = async () => {
    form.setValue('masquerade', true);
    // The fix is a save of its own: the form's baseline follows it, so Save does not see a conflict with itself.
    if (route) setBaseline(await update.mutateAsync({ id: route.id, body: { ...routeDraftFrom(route), masquerade: true } }));
  };

  // The exit node as the form opened on it: a save first checks nobody changed it since.
  const [baseline, setBaseline] = useState(route);
  const save = (force: boolean) =>
    form.handleSubmit((v) => {
      const body = toExitNodeRequest(v, route);
      if (route) update.mutate({ id: route.id, body, baseline, force }, { onSuccess: (saved) => setBaseline(saved) });
      else create.mutate(body, { onSuccess: (saved) => void navigate(`/exit-nodes/${encodeURIComponent(saved.id)}`, { state: { notice: `Exit node “${saved.network_id}” created.` } }) });
    });
  const onSubmit = save(false);

  return (
    <form noValidate onSubmit={(e) => void onSubmit(e)} className="flex flex-col gap-4" aria-label={route ? `Edit exit node ${route.network_id}` : 'New exit node'}>
      <ExitNodeFacts />
      <Card aria-labelledby="exit-form-identity">
        <CardHeader>
          <CardTitle id="exit-form-identity">Exit node</CardTitle>
        </CardHeader>
        <CardContent className="flex flex-col gap-4">
          <Field label="Network identifier" error={errors.network_id?.message} description="The exit node's name; routes with the same identifier form one HA route set.">
            {(control) => <Input {...control} {...form.register('network_id')} />}
          </Field>
          <Field label="Description" error={errors.description?.message}>
            {(control) => <Textarea {...control} rows={2} {...form.register('description')} />}
          </Field>
          <p className="text-sm">
            Routes <span className="font-mono">{route?.network ?? EXIT_NODE_NETWORK}</span>: all internet-bound IPv4 traffic of the clients. IPv6 is blocked to
            prevent leaks outside the tunnel.
          </p>
        </CardContent>
      </Card>
      <Card aria-labelledby="exit-form-peer">
        <CardHeader>
          <CardTitle id="exit-form-peer">Routing peer</CardTitle>
        </CardHeader>
        <CardContent className="flex flex-col gap-4">
          <RoutingPeerPicker
            mode={values.peerMode}
            onModeChange={(m) => form.setValue('peerMode', m)}
            peer={values.peer}
            onPeerChange={(id) => form.setValue('peer', id, { shouldDirty: true })}
            peerGroups={values.peer_groups}
            onPeerGroupsChange={(ids) => form.setValue('peer_groups', ids, { shouldDirty: true })}
            peerError={errors.peer?.message}
            peerGroupsError={errors.peer_groups?.message}
          />
          <Field label="Metric" error={errors.metric?.message} description="1 to 9999; the lowest metric carries the traffic when several exit nodes share this identifier.">
            {(control) => <Input {...control} inputMode="numeric" className="max-w-32" {...form.register('metric')} />}
          </Field>
          <Controller
            control={form.control}
            name="masquerade"
            render={({ field }) => (
              <SwitchField
                label="Masquerade"
                checked={field.value}
                onCheckedChange={field.onChange}
                disabledReason={field.value ? EXIT_NODE_MASQUERADE_REASON : undefined}
                error={errors.masquerade?.message ?? (field.value ? undefined : EXIT_NODE_MASQUERADE_REASON)}
              />
            )}
          />
        </CardContent>
      </Card>
      <Card aria-labelledby="exit-form-clients">
        <CardHeader>
          <CardTitle id="exit-form-clients">Clients</CardTitle>
        </CardHeader>
        <CardContent className="flex flex-col gap-4">
          <Field label="Distribution groups" error={errors.groups?.message} description="Peers of these groups send their internet traffic through the exit node.">
            {(control) => <GroupPicker control={control} value={values.groups} onChange={(ids) => form.setValue('groups', ids, { shouldDirty: true })} />}
          </Field>
          <Controller
            control={form.control}
            name="autoApply"
            render={({ field }) => (
              <SwitchField
                label="Auto apply"
                checked={field.value}
                onCheckedChange={field.onChange}
                description="On: clients (agent 0.55.0 and newer) use the exit node automatically. Off: only when a user selects it."
              />
            )}
          />
          <Controller
            control={form.control}
            name="enabled"
            render={({ field }) => <SwitchField label="Enabled" checked={field.value} onCheckedChange={field.onChange} description="A disabled exit node is kept but not sent to any peer." />}
          />
        </CardContent>
      </Card>
      {checks ? (
        <ExitNodeChecksPanel checks={checks} networkId={draft.network_id || 'exit-node'} onMasqueradeOn={masqueradeOn} description="Checked on this form's values as if saved." />
      ) : null}
      <div className="flex flex-wrap items-center gap-3">
        <Button type="submit" disabled={mutation.isPending}>
          {route ? 'Save exit node' : 'Create exit node'}
        </Button>
        <Button variant="outline" asChild>
          <Link to={route ? `/exit-nodes/${encodeURIComponent(route.id)}` : '/exit-nodes'}>{route ? 'Back to exit node' : 'Cancel'}</Link>
        </Button>
        <SaveStatus
          mutation={mutation}
          successText="Exit node saved."
          onOverwrite={() => void save(true)()}
          onReload={(current) => {
            const fresh = current as Route;
            setBaseline(fresh);
            form.reset(exitNodeFormDefaults(fresh));
            update.reset();
          }}
        />
      </div>
    </form>
  );
}
