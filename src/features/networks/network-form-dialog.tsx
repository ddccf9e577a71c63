import { zodResolver } from '@hookform/resolvers/zod';
import { useState, type ReactNode } from 'react';
import { useForm } from 'react-hook-form';
import { useNavigate } from 'react-router';
import { z } from 'zod';
import { useCreateNetwork, useUpdateNetwork, type Network } from '@/api';
import { addIssues, Field, FormError } from '@/components/form';
import { Button } from '@/components/ui/button';
import { Dialog, DialogContent, DialogDescription, DialogFooter, DialogHeader, DialogTitle, DialogTrigger } from '@/components/ui/dialog';
import { Input } from '@/components/ui/input';
import { Textarea } from '@/components/ui/textarea';
import { validateNetwork } from '@/domain/rules/validate/network';
import { networkPath } from './paths';

const networkFormSchema = z
  .object({ name: z.string(), description: z.string() })
  .superRefine((v, c) => addIssues(c, validateNetwork(v)));
type NetworkFormValues = z.infer<typeof networkFormSchema>;

/**
 * NetworkFormDialog: create a network, or rename / redescribe one. A new network opens its page
 * (next: add resources and routing peers); an edit closes the dialog once saved. On failure the
 * dialog stays open with what was typed and the server's reason.
 */
export function NetworkFormDialog({ network, trigger }: { network?: Network; trigger: ReactNode }) {
  const [open, setOpen] = useState(false);
  const navigate = useNavigate();
  const create = useCreateNetwork();
  const update = useUpdateNetwork();
  const save = network ? update : create;
  const defaults = { name: network?.name ?? '', description: network?.description ?? '' };
  const { register, handleSubmit, formState, reset } = useForm<NetworkFormValues>({ resolver: zodResolver(networkFormSchema), defaultValues: defaults });
  // The network as it was when the dialog opened: a save checks nobody changed it meanwhile.
  const [baseline, setBaseline] = useState<Network | undefined>(network);

  const submit = (force: boolean) =>
    handleSubmit(async (v) => {
      const body = { name: v.name.trim(), description: v.description };
      if (network) {
        const saved = await update.mutateAsync({ id: network.id, body, baseline, force }).catch(() => null);
        if (saved) setOpen(false);
        return;
      }
      const saved = await create.mutateAsync(body).catch(() => null);
      if (saved) {
        setOpen(false);
        void navigate(networkPath(saved.id), { state: { saved: `Network “${saved.name}” created. Add its resources and routing peers next.` } });
      }
    });
  const onSubmit = submit(false);

  return (
    <Dialog
      open={open}
      onOpenChange={(next) => {
        setOpen(next);
        if (next) {
          reset(defaults);
          setBaseline(network);
          save.reset();
        }
      }}
    >
      <DialogTrigger asChild>{trigger}</DialogTrigger>
      <DialogContent>
        <form onSubmit={(e) => void onSubmit(e)} noValidate className="flex flex-col gap-4">
          <DialogHeader>
            <DialogTitle>{network ? `Edit network “${network.name}”` : 'New network'}</DialogTitle>
            <DialogDescription>A network holds resources (hosts, subnets, domains) and the routing peers that reach them.</DialogDescription>
          </DialogHeader>
          <Field label="Name" error={formState.errors.name?.message}>
            {(c) => <Input {...c} {...register('name')} autoComplete="off" />}
          </Field>
          <Field label="Description" error={formState.errors.description?.message}>
            {(c) => <Textarea {...c} {...register('description')} rows={3} />}
          </Field>
          <FormError
            error={save.error}
            title="Not saved"
            onOverwrite={() => void submit(true)()}
            onReload={(current) => {
              const fresh = current as Network;
              setBaseline(fresh);
              reset({ name: fresh.name, description: fresh.description ?? '' });
              save.reset();
            }}
          />
          <DialogFooter>
            <Button type="button" variant="outline" onClick={() => setOpen(false)}>
              Cancel
            </Button>
            <Button type="submit" disabled={save.isPending}>
              {save.isPending ? 'Saving…' : network ? 'Save network' : 'Create network'}
            </Button>
          </DialogFooter>
        </form>
      </DialogContent>
    </Dialog>
  );
}
