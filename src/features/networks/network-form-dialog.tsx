import { zodResolver } from '@hookform/resolvers/zod';
import { useState } from 'react';
import { useForm } from 'react-hook-form';
import { useNavigate } from '@/lib/router';
import { z } from 'zod';
import type { Network } from '@/api';
import { useCreateNetwork, useUpdateNetwork } from '@/api/mutations';
import { addIssues, Field, FormError } from '@/components/form';
import { Button } from '@/components/ui/button';
import { Dialog, DialogContent, DialogDescription, DialogFooter, DialogHeader, DialogTitle } from '@/components/ui/dialog';
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
 *
 * It is mounted only while open (network-form-button.tsx loads it on demand, with the form
 * libraries), so each opening starts from the network as it is now, with a fresh save state.
 */
export default function NetworkFormDialog({ network, onClose }: { network?: Network; onClose: () => void }) {
  const navigate = useNavigate();
  const create = useCreateNetwork();
  const update = useUpdateNetwork();
  const save = network ? update : create;
  const { register, handleSubmit, formState, reset } = useForm<NetworkFormValues>({
    resolver: zodResolver(networkFormSchema),
    defaultValues: { name: network?.name ?? '', description: network?.description ?? '' },
  });
  // The network as it was when the dialog opened: a save checks nobody changed it meanwhile.
  const [baseline, setBaseline] = useState<Network | undefined>(network);

  const submit = (force: boolean) =>
    handleSubmit(async (v) => {
      const body = { name: v.name.trim(), description: v.description };
      if (network) {
        const saved = await update.mutateAsync({ id: network.id, body, baseline, force }).catch(() => null);
        if (saved) onClose();
        return;
      }
      const saved = await create.mutateAsync(body).catch(() => null);
      if (saved) {
        onClose();
        void navigate(networkPath(saved.id), { state: { saved: `Network “${saved.name}” created. Add its resources and routing peers next.` } });
      }
    });
  const onSubmit = submit(false);

  return (
    <Dialog
      open
      onOpenChange={(next) => {
        if (!next) onClose();
      }}
    >
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
            <Button type="button" variant="outline" onClick={onClose}>
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
