import { zodResolver } from '@hookform/resolvers/zod';
import { useSuspenseQuery } from '@tanstack/react-query';
import { useMemo, useState } from 'react';
import { Controller, useForm } from 'react-hook-form';
import { Link, useNavigate } from '@/lib/router';
import { queries, useApiClient, type NameserverGroup } from '@/api';
import { useCreateNameserverGroup, useUpdateNameserverGroup } from '@/api/mutations';
import { buildRefLookup, Field, GroupPicker, SaveStatus, SwitchField } from '@/components/form';
import { Button } from '@/components/ui/button';
import { Card, CardContent, CardHeader, CardTitle } from '@/components/ui/card';
import { Input } from '@/components/ui/input';
import { Textarea } from '@/components/ui/textarea';
import { nameserverFormDefaults, nameserverFormSchema, toNameserverRequest, type NameserverFormValues } from './nameserver-form-schema';
import { NameserverMatchFields } from './nameserver-match-fields';
import { NameserverServersFields } from './nameserver-servers-fields';

/**
 * NameserverForm: create or edit a nameserver group. Every rule is validateNameserverGroup's (the
 * control plane's), so a refused save here is refused for the same reason there; a server refusal
 * is shown next to Save and the typed values stay.
 */
export function NameserverForm({ group }: { group?: NameserverGroup }) {
  const client = useApiClient();
  const navigate = useNavigate();
  const { data: groups } = useSuspenseQuery(queries.groups(client));
  const { data: peers } = useSuspenseQuery(queries.peers(client));
  const { data: nameservers } = useSuspenseQuery(queries.nameservers(client));
  const schema = useMemo(
    () => nameserverFormSchema({ refs: buildRefLookup(groups, peers), others: nameservers, selfId: group?.id }),
    [groups, peers, nameservers, group?.id],
  );
  const form = useForm<NameserverFormValues>({ resolver: zodResolver(schema), defaultValues: nameserverFormDefaults(group) });
  const create = useCreateNameserverGroup();
  const update = useUpdateNameserverGroup();
  const mutation = group ? update : create;
  const errors = form.formState.errors;
  const selectedGroups = form.watch('groups');

  // The group as the form opened on it: a save first checks nobody changed it since.
  const [baseline, setBaseline] = useState(group);
  const save = (force: boolean) =>
    form.handleSubmit((v) => {
      const body = toNameserverRequest(v);
      if (group) update.mutate({ id: group.id, body, baseline, force }, { onSuccess: (saved) => setBaseline(saved) });
      else
        create.mutate(body, {
          onSuccess: (saved) => void navigate(`/dns/nameservers/${encodeURIComponent(saved.id)}`, { state: { notice: `Nameserver group “${saved.name}” created.` } }),
        });
    });
  const onSubmit = save(false);

  return (
    <form noValidate onSubmit={(e) => void onSubmit(e)} className="flex flex-col gap-4" aria-label={group ? `Edit nameserver group ${group.name}` : 'New nameserver group'}>
      <Card aria-labelledby="ns-form-servers">
        <CardHeader>
          <CardTitle id="ns-form-servers">Nameservers</CardTitle>
        </CardHeader>
        <CardContent className="flex flex-col gap-4">
          <Field label="Name" error={errors.name?.message} description="Unique among nameserver groups, up to 40 characters.">
            {(control) => <Input {...control} {...form.register('name')} />}
          </Field>
          <Field label="Description" error={errors.description?.message}>
            {(control) => <Textarea {...control} rows={2} {...form.register('description')} />}
          </Field>
          <NameserverServersFields form={form} />
        </CardContent>
      </Card>
      <Card aria-labelledby="ns-form-match">
        <CardHeader>
          <CardTitle id="ns-form-match">Domains</CardTitle>
        </CardHeader>
        <CardContent>
          <NameserverMatchFields form={form} />
        </CardContent>
      </Card>
      <Card aria-labelledby="ns-form-groups">
        <CardHeader>
          <CardTitle id="ns-form-groups">Distribution</CardTitle>
        </CardHeader>
        <CardContent className="flex flex-col gap-4">
          <Field label="Distribution groups" error={errors.groups?.message} description="Peers of these groups use these nameservers.">
            {(control) => <GroupPicker control={control} value={selectedGroups} onChange={(ids) => form.setValue('groups', ids, { shouldDirty: true })} />}
          </Field>
          <Controller
            control={form.control}
            name="enabled"
            render={({ field }) => <SwitchField label="Enabled" checked={field.value} onCheckedChange={field.onChange} description="A disabled group is kept but not sent to any peer." />}
          />
        </CardContent>
      </Card>
      <div className="flex flex-wrap items-center gap-3">
        <Button type="submit" disabled={mutation.isPending}>
          {group ? 'Save nameserver group' : 'Create nameserver group'}
        </Button>
        <Button variant="outline" asChild>
          <Link to={group ? `/dns/nameservers/${encodeURIComponent(group.id)}` : '/dns'}>{group ? 'Back to nameserver group' : 'Cancel'}</Link>
        </Button>
        <SaveStatus
          mutation={mutation}
          successText="Nameserver group saved."
          onOverwrite={() => void save(true)()}
          onReload={(current) => {
            const fresh = current as NameserverGroup;
            setBaseline(fresh);
            form.reset(nameserverFormDefaults(fresh));
            update.reset();
          }}
        />
      </div>
    </form>
  );
}
