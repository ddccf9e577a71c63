import { zodResolver } from '@hookform/resolvers/zod';
import { useSuspenseQuery } from '@tanstack/react-query';
import { PlusIcon } from 'lucide-react';
import { useMemo, useState } from 'react';
import { useForm } from 'react-hook-form';
import { useNavigate } from '@/lib/router';
import { queries, useApiClient } from '@/api';
import { useCreateGroup } from '@/api/mutations';
import { buildRefLookup, Field, FormError } from '@/components/form';
import { Button } from '@/components/ui/button';
import { Dialog, DialogContent, DialogDescription, DialogFooter, DialogHeader, DialogTitle, DialogTrigger } from '@/components/ui/dialog';
import { Input } from '@/components/ui/input';
import { groupFormSchemaFor, type GroupFormValues } from './group-form-schema';

/** NewGroupDialog: name a new group (unique, as the control plane demands); members are added on its page. */
export function NewGroupDialog() {
  const client = useApiClient();
  const { data: groups } = useSuspenseQuery(queries.groups(client));
  const schema = useMemo(() => groupFormSchemaFor({ ...buildRefLookup(groups, []), hasResource: () => false }, null, groups), [groups]);
  const form = useForm<GroupFormValues>({ resolver: zodResolver(schema), defaultValues: { name: '', peers: [], resources: [] } });
  const create = useCreateGroup();
  const navigate = useNavigate();
  const [open, setOpen] = useState(false);
  const submit = form.handleSubmit((v) => create.mutate(v, { onSuccess: (g) => void navigate(`/groups/${encodeURIComponent(g.id)}`) }));
  return (
    <Dialog
      open={open}
      onOpenChange={(next) => {
        setOpen(next);
        if (!next) create.reset();
      }}
    >
      <DialogTrigger asChild>
        <Button>
          <PlusIcon aria-hidden="true" /> New group
        </Button>
      </DialogTrigger>
      <DialogContent>
        <DialogHeader>
          <DialogTitle>New group</DialogTitle>
          <DialogDescription>Groups hold peers and network resources; policies, routes and routing peers point at groups.</DialogDescription>
        </DialogHeader>
        <form id="new-group" noValidate onSubmit={(e) => void submit(e)}>
          <Field label="Name" error={form.formState.errors.name?.message}>
            {(c) => <Input {...c} {...form.register('name')} placeholder="e.g. dc-routers" />}
          </Field>
        </form>
        <FormError error={create.error} title="Not created" />
        <DialogFooter>
          <Button variant="outline" onClick={() => setOpen(false)}>
            Cancel
          </Button>
          <Button type="submit" form="new-group" disabled={create.isPending}>
            {create.isPending ? 'Creating…' : 'Create group'}
          </Button>
        </DialogFooter>
      </DialogContent>
    </Dialog>
  );
}
