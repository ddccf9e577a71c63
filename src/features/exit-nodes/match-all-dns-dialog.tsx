import { zodResolver } from '@hookform/resolvers/zod';
import { useSuspenseQuery } from '@tanstack/react-query';
import { PlusIcon, XIcon } from 'lucide-react';
import { useMemo, useState } from 'react';
import { useFieldArray, useForm } from 'react-hook-form';
import { z } from 'zod';
import { queries, useApiClient } from '@/api';
import { useCreateNameserverGroup } from '@/api/mutations';
import { addIssues, buildRefLookup, Field, FieldErrorText, FormError } from '@/components/form';
import { Button } from '@/components/ui/button';
import { Dialog, DialogContent, DialogDescription, DialogFooter, DialogHeader, DialogTitle, DialogTrigger } from '@/components/ui/dialog';
import { Input } from '@/components/ui/input';
import { DEFAULT_MATCH_ALL_NAMESERVERS, matchAllNameserverGroup, matchAllNameserverGroupName } from '@/domain/rules/editor/exit-node-dns';
import { NAMESERVERS_MAX, validateNameserverGroup } from '@/domain/rules/validate/nameserver-group';

const shape = z.object({ name: z.string(), servers: z.array(z.object({ ip: z.string(), port: z.string() })) });
type Values = z.infer<typeof shape>;

const toServers = (v: Values) => v.servers.map((s) => ({ ip: s.ip, port: s.port.trim() === '' ? Number.NaN : Number(s.port) }));

/**
 * MatchAllDnsDialog: the "Create match-all nameserver group" fix of the exit node's DNS leak: asks
 * for the nameservers (Cloudflare's by default) and creates a primary group distributed to the
 * leaking groups, checked by validateNameserverGroup like any nameserver group.
 */
export function MatchAllDnsDialog({ networkId, groupIds, groupNames }: { networkId: string; groupIds: readonly string[]; groupNames: string }) {
  const client = useApiClient();
  const { data: nameservers } = useSuspenseQuery(queries.nameservers(client));
  const { data: groups } = useSuspenseQuery(queries.groups(client));
  const { data: peers } = useSuspenseQuery(queries.peers(client));
  const [open, setOpen] = useState(false);
  const create = useCreateNameserverGroup();
  const schema = useMemo(() => {
    const refs = buildRefLookup(groups, peers);
    return shape.superRefine((v, ctx) => {
      const draft = matchAllNameserverGroup(v.name, groupIds, toServers(v));
      addIssues(ctx, validateNameserverGroup(draft, refs, nameservers), (f) => (f.startsWith('nameservers') ? f.replace(/^nameservers/, 'servers') : f === 'name' ? 'name' : undefined));
    });
  }, [groups, peers, nameservers, groupIds]);
  const defaults: Values = {
    name: matchAllNameserverGroupName(networkId, nameservers.map((n) => n.name)),
    servers: DEFAULT_MATCH_ALL_NAMESERVERS.map((s) => ({ ip: s.ip, port: String(s.port) })),
  };
  const form = useForm<Values>({ resolver: zodResolver(schema), defaultValues: defaults });
  const servers = useFieldArray({ control: form.control, name: 'servers' });
  const errors = form.formState.errors;
  const serversError = errors.servers?.message ?? errors.servers?.root?.message;

  const submit = form.handleSubmit((v) =>
    create.mutate(matchAllNameserverGroup(v.name, groupIds, toServers(v)), {
      onSuccess: () => setOpen(false),
    }),
  );

  return (
    <Dialog
      open={open}
      onOpenChange={(next) => {
        setOpen(next);
        if (next) {
          form.reset(defaults);
          create.reset();
        }
      }}
    >
      <DialogTrigger asChild>
        <Button size="sm" className="w-fit">
          Create match-all nameserver group…
        </Button>
      </DialogTrigger>
      <DialogContent>
        <form noValidate onSubmit={(e) => void submit(e)} className="flex flex-col gap-4">
          <DialogHeader>
            <DialogTitle>Create match-all nameserver group</DialogTitle>
            <DialogDescription>
              A primary nameserver group answers every domain for {groupNames}, so their DNS queries go through the tunnel instead of to local resolvers.
            </DialogDescription>
          </DialogHeader>
          <Field label="Name" error={errors.name?.message}>
            {(control) => <Input {...control} {...form.register('name')} />}
          </Field>
          <fieldset className="flex flex-col gap-2">
            <legend className="mb-1 text-sm font-medium">Nameservers (UDP)</legend>
            {servers.fields.map((f, i) => (
              <div key={f.id} className="flex flex-col gap-1">
                <div className="flex items-center gap-2">
                  <Input aria-label={`Nameserver ${i + 1} IP`} aria-invalid={errors.servers?.[i]?.ip ? true : undefined} className="font-mono" {...form.register(`servers.${i}.ip`)} />
                  <Input aria-label={`Nameserver ${i + 1} port`} aria-invalid={errors.servers?.[i]?.port ? true : undefined} fullWidth={false} className="w-24 font-mono" inputMode="numeric" {...form.register(`servers.${i}.port`)} />
                  <Button variant="ghost" size="icon-sm" aria-label={`Remove nameserver ${i + 1}`} onClick={() => servers.remove(i)} disabled={servers.fields.length === 1}>
                    <XIcon />
                  </Button>
                </div>
                {errors.servers?.[i]?.ip?.message ? <FieldErrorText>{errors.servers[i]?.ip?.message}</FieldErrorText> : null}
                {errors.servers?.[i]?.port?.message ? <FieldErrorText>{errors.servers[i]?.port?.message}</FieldErrorText> : null}
              </div>
            ))}
            {serversError ? <FieldErrorText>{serversError}</FieldErrorText> : null}
            <Button variant="outline" size="sm" className="w-fit" onClick={() => servers.append({ ip: '', port: '53' })} disabled={servers.fields.length >= NAMESERVERS_MAX}>
              <PlusIcon /> Add nameserver
            </Button>
          </fieldset>
          <FormError error={create.error} title="Not created" />
          <DialogFooter>
            <Button variant="outline" onClick={() => setOpen(false)} disabled={create.isPending}>
              Cancel
            </Button>
            <Button type="submit" disabled={create.isPending}>
              {create.isPending ? 'Creating…' : 'Create nameserver group'}
            </Button>
          </DialogFooter>
        </form>
      </DialogContent>
    </Dialog>
  );
}
