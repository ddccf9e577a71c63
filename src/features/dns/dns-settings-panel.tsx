import { zodResolver } from '@hookform/resolvers/zod';
import { useQuery, useSuspenseQuery } from '@tanstack/react-query';
import { useMemo } from 'react';
import { useForm } from 'react-hook-form';
import { z } from 'zod';
import { queries, useApiClient } from '@/api';
import { useUpdateAccount, useUpdateDnsSettings } from '@/api/mutations';
import { addIssues, buildRefLookup, Field, FormError, GroupPicker, SaveStatus, SwitchField } from '@/components/form';
import { Badge } from '@/components/ui/badge';
import { Button } from '@/components/ui/button';
import { isWildcardAddress } from '@/domain/rules/lint';
import { validateDnsSettings } from '@/domain/rules/validate/nameserver-group';

const settingsShape = z.object({ disabled_management_groups: z.array(z.string()) });
type SettingsValues = z.infer<typeof settingsShape>;

/** DisabledManagementGroups: peers in these groups keep their own DNS configuration; NetBird does not manage it. */
export function DisabledManagementGroups() {
  const client = useApiClient();
  const { data: settings } = useSuspenseQuery(queries.dnsSettings(client));
  const { data: groups } = useSuspenseQuery(queries.groups(client));
  const { data: peers } = useSuspenseQuery(queries.peers(client));
  const update = useUpdateDnsSettings();
  const schema = useMemo(() => {
    const refs = buildRefLookup(groups, peers);
    return settingsShape.superRefine((v, ctx) => addIssues(ctx, validateDnsSettings(v, refs), () => 'disabled_management_groups'));
  }, [groups, peers]);
  const form = useForm<SettingsValues>({ resolver: zodResolver(schema), defaultValues: { disabled_management_groups: [...settings.disabled_management_groups] } });
  const value = form.watch('disabled_management_groups');
  const onSubmit = form.handleSubmit((v) => update.mutate({ ...settings, disabled_management_groups: v.disabled_management_groups }));
  return (
    <form noValidate onSubmit={(e) => void onSubmit(e)} className="flex flex-col gap-3 text-sm">
      <Field label="Groups" error={form.formState.errors.disabled_management_groups?.message}>
        {(control) => <GroupPicker control={control} value={value} onChange={(ids) => form.setValue('disabled_management_groups', ids, { shouldDirty: true })} allowCreate={false} />}
      </Field>
      <p className="text-muted-foreground">
        {value.length === 0
          ? 'None: NetBird manages DNS on every peer.'
          : 'Peers of these groups get no nameserver groups and no routed-domain resolution from NetBird.'}
      </p>
      <div className="flex flex-wrap items-center gap-3">
        <Button type="submit" size="sm" variant="outline" disabled={update.isPending}>
          Save DNS settings
        </Button>
        <SaveStatus mutation={update} successText="DNS settings saved." />
      </div>
    </form>
  );
}

/**
 * RoutingPeerDnsResolution: the account setting that moves resolution of routed domains from the
 * client to the routing peer. Wildcard domain resources need it, so the wildcard resources of the
 * account are named next to the switch: turning it off breaks them.
 */
export function RoutingPeerDnsResolution() {
  const client = useApiClient();
  const { data: accounts } = useSuspenseQuery(queries.accounts(client));
  const snapshot = useQuery(queries.snapshot(client)).data;
  const update = useUpdateAccount();
  const account = accounts[0];
  const enabled = account?.settings.routing_peer_dns_resolution_enabled;
  const wildcards = useMemo(
    () => Object.values(snapshot?.network_resources ?? {}).flatMap((list) => list.filter((r) => isWildcardAddress(r.address))),
    [snapshot],
  );
  const toggle = (on: boolean) => {
    if (!account) return;
    update.mutate({ id: account.id, body: { settings: { ...account.settings, routing_peer_dns_resolution_enabled: on } } });
  };
  const wildcardText = wildcards.map((r) => `${r.address} (${r.name})`).join(', ');
  return (
    <div className="flex flex-col gap-3 text-sm">
      <p className="flex items-center gap-2">
        {enabled === undefined ? (
          <Badge variant="outline">Not reported by this server</Badge>
        ) : enabled ? (
          <Badge variant="success">Enabled</Badge>
        ) : (
          <Badge variant="muted">
            Disabled
          </Badge>
        )}
      </p>
      <SwitchField
        label="Routing Peer DNS Resolution"
        checked={enabled === true}
        onCheckedChange={toggle}
        disabledReason={account ? undefined : 'This server reports no account settings.'}
        description="Required for wildcard domain resources (such as *.internal.example). With it on, routed domains are resolved on the routing peer instead of on the client."
      />
      {wildcards.length > 0 ? (
        <p className={enabled ? 'text-muted-foreground' : 'font-medium text-destructive'}>
          {enabled ? `Needed by: ${wildcardText}.` : `These wildcard resources resolve nothing until it is on: ${wildcardText}.`}
        </p>
      ) : null}
      {update.isPending ? <p role="status" className="text-muted-foreground">Saving…</p> : null}
      <FormError error={update.error} title="Not changed" />
    </div>
  );
}
