import { zodResolver } from '@hookform/resolvers/zod';
import { useQuery, useSuspenseQuery } from '@tanstack/react-query';
import { useEffect, useId, useMemo, useState } from 'react';
import { Controller, useForm } from 'react-hook-form';
import { Link, useNavigate } from '@/lib/router';
import { queries, useApiClient, type Route } from '@/api';
import { useCreateRoute, useUpdateRoute } from '@/api/mutations';
import { ChangePreviewPanel, SaveBlockedNote, useChangePreview } from '@/components/access-diff';
import { buildRefLookup, Field, GroupPicker, SaveStatus, SwitchField } from '@/components/form';
import { RoutingPeerPicker } from '@/components/form/routing-peer-picker';
import { useRouteLookups } from '@/components/lookups/use-route-lookups';
import { Alert, AlertDescription, AlertTitle } from '@/components/ui/alert';
import { Button } from '@/components/ui/button';
import { Card, CardContent, CardHeader, CardTitle } from '@/components/ui/card';
import { Input } from '@/components/ui/input';
import { Textarea } from '@/components/ui/textarea';
import { applyRouteDraft, NEW_ROUTE_ID } from '@/domain/draft/route';
import { routeAclEditorWarning } from '@/domain/rules/editor/route-acl-warning';
import { routeMasqueradeRule } from '@/domain/rules/editor/route-masquerade';
import { exitNodeRoute } from '@/domain/rules/lint';
import { RouteAclAlert } from './route-acl-alert';
import { routeFormDefaults, routeFormSchema, toRouteRequest, type RouteFormValues } from './route-form-schema';
import { RouteMasqueradeField } from './route-masquerade-field';
import { RouteMigrationDialog } from './route-migration-dialog';
import { RouteTargetFields } from './route-target-fields';

/** ACL_FIELD_ID: the ACL groups field, which the warning's "Add ACL groups" focuses. */
export const ACL_FIELD_ID = 'route-acl-groups';

const focusAclField = () => document.getElementById(ACL_FIELD_ID)?.focus();

/**
 * RouteForm: create or edit a legacy network route. The draft is checked as if saved while the
 * admin types: the ACL warning, the masquerade rule (with the HA route set the draft joins) and
 * the exit-node hint come from domain functions over the account with the draft applied. A
 * refused save keeps every value and shows the server's reason.
 */
export function RouteForm({ route, focusAcl = false }: { route?: Route; focusAcl?: boolean }) {
  const client = useApiClient();
  const navigate = useNavigate();
  const lookups = useRouteLookups();
  const { data: groups } = useSuspenseQuery(queries.groups(client));
  const { data: peers } = useSuspenseQuery(queries.peers(client));
  const snapshot = useQuery(queries.snapshot(client)).data;
  const refs = useMemo(() => buildRefLookup(groups, peers), [groups, peers]);
  const schema = useMemo(() => routeFormSchema({ refs, snapshot, routeId: route?.id, stored: route }), [refs, snapshot, route]);
  const form = useForm<RouteFormValues>({ resolver: zodResolver(schema), defaultValues: routeFormDefaults(route) });
  const create = useCreateRoute();
  const update = useUpdateRoute();
  const mutation = route ? update : create;
  // The route as the form opened on it: a save first checks nobody changed it since.
  const [baseline, setBaseline] = useState(route);

  useEffect(() => {
    if (focusAcl) focusAclField();
  }, [focusAcl]);

  const values = form.watch();
  const draft = toRouteRequest(values, route);
  const warning = routeAclEditorWarning(draft, lookups.groupName);
  const exitNode = exitNodeRoute(draft);
  // The draft is rebuilt every render; its JSON is the stable dependency.
  const draftJson = JSON.stringify(draft);
  const after = useMemo(
    () => (snapshot ? applyRouteDraft(snapshot, draft, route?.id) : undefined),
    // eslint-disable-next-line react-hooks/exhaustive-deps
    [snapshot, draftJson, route?.id],
  );
  const masquerade = useMemo(() => (after ? routeMasqueradeRule(after, route?.id ?? NEW_ROUTE_ID) : null), [after, route?.id]);
  const gate = useChangePreview(snapshot, after);
  const blockedNoteId = useId();
  const errors = form.formState.errors;

  const save = (force: boolean) =>
    form.handleSubmit((v) => {
      if (gate.blocked) return;
      const body = toRouteRequest(v, route);
      if (route) update.mutate({ id: route.id, body, baseline, force }, { onSuccess: (saved) => setBaseline(saved) });
      else create.mutate(body, { onSuccess: (saved) => void navigate(`/routes/${encodeURIComponent(saved.id)}`, { state: { notice: `Route “${saved.network_id}” created.` } }) });
    });
  const onSubmit = save(false);

  return (
    <form noValidate onSubmit={(e) => void onSubmit(e)} className="flex flex-col gap-4" aria-label={route ? `Edit route ${route.network_id}` : 'New network route'}>
      <Card aria-labelledby="route-form-identity">
        <CardHeader>
          <CardTitle id="route-form-identity">Route</CardTitle>
        </CardHeader>
        <CardContent className="flex flex-col gap-4">
          <Field label="Network identifier" error={errors.network_id?.message} description="The route's name; routes with the same identifier and destination form one HA route set.">
            {(control) => <Input {...control} {...form.register('network_id')} />}
          </Field>
          <Field label="Description" error={errors.description?.message}>
            {(control) => <Textarea {...control} rows={2} {...form.register('description')} />}
          </Field>
          <RouteTargetFields form={form} />
          {exitNode ? (
            <Alert variant="info">
              <AlertTitle>A route to {draft.network} makes an exit node</AlertTitle>
              <AlertDescription>
                <p>
                  Exit nodes have their own editor with the checks they need (ICMP policy, DNS, masquerade).{' '}
                  <Link to="/exit-nodes/new" className="font-medium text-primary hover:underline">
                    Create an exit node instead
                  </Link>
                </p>
              </AlertDescription>
            </Alert>
          ) : null}
        </CardContent>
      </Card>
      <Card aria-labelledby="route-form-peer">
        <CardHeader>
          <CardTitle id="route-form-peer">Routing peer</CardTitle>
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
          <Field label="Metric" error={errors.metric?.message} description="1 to 9999. The lowest metric carries the traffic; with equal metrics each client picks the lower latency and switches only for a gain of more than 20 ms.">
            {(control) => <Input {...control} inputMode="numeric" className="max-w-32" {...form.register('metric')} />}
          </Field>
          <Controller
            control={form.control}
            name="masquerade"
            render={({ field }) => <RouteMasqueradeField checked={field.value} onCheckedChange={field.onChange} rule={masquerade} error={errors.masquerade?.message} />}
          />
        </CardContent>
      </Card>
      <Card aria-labelledby="route-form-access">
        <CardHeader>
          <CardTitle id="route-form-access">Access</CardTitle>
        </CardHeader>
        <CardContent className="flex flex-col gap-4">
          <Field label="Distribution groups" error={errors.groups?.message} description="Peers of these groups receive the route.">
            {(control) => <GroupPicker control={control} value={values.groups} onChange={(ids) => form.setValue('groups', ids, { shouldDirty: true })} />}
          </Field>
          <Field
            label="ACL groups"
            id={ACL_FIELD_ID}
            error={errors.access_control_groups?.message}
            description="Only policies whose destination is one of these groups let traffic through the route. Empty: no restriction at all."
          >
            {(control) => (
              <GroupPicker control={control} value={values.access_control_groups} onChange={(ids) => form.setValue('access_control_groups', ids, { shouldDirty: true })} />
            )}
          </Field>
          {warning ? <RouteAclAlert warning={warning} onAddAclGroups={focusAclField} migrate={route ? <RouteMigrationDialog routeId={route.id} /> : undefined} /> : null}
          <Controller
            control={form.control}
            name="enabled"
            render={({ field }) => <SwitchField label="Enabled" checked={field.value} onCheckedChange={field.onChange} description="A disabled route is kept but not sent to any peer." />}
          />
        </CardContent>
      </Card>
      <ChangePreviewPanel gate={gate} />
      <div className="flex flex-wrap items-center gap-3">
        <Button type="submit" disabled={mutation.isPending || gate.blocked} aria-describedby={gate.blocked ? blockedNoteId : undefined}>
          {route ? 'Save route' : 'Create route'}
        </Button>
        <Button variant="outline" asChild>
          <Link to={route ? `/routes/${encodeURIComponent(route.id)}` : '/routes'}>{route ? 'Back to route' : 'Cancel'}</Link>
        </Button>
        <SaveStatus
          mutation={mutation}
          successText="Route saved."
          onOverwrite={() => void save(true)()}
          onReload={(current) => {
            const fresh = current as Route;
            setBaseline(fresh);
            form.reset(routeFormDefaults(fresh));
            update.reset();
          }}
        />
        <SaveBlockedNote gate={gate} id={blockedNoteId} />
      </div>
    </form>
  );
}
