import { zodResolver } from '@hookform/resolvers/zod';
import { useQuery } from '@tanstack/react-query';
import { useMemo, useState } from 'react';
import { Controller, useForm, useWatch } from 'react-hook-form';
import { z } from 'zod';
import { queries, useApiClient, type Peer, type PeerRequest } from '@/api';
import { useUpdatePeer } from '@/api/mutations';
import { addIssues, Field, SaveStatus, SwitchField } from '@/components/form';
import { Button } from '@/components/ui/button';
import { Input } from '@/components/ui/input';
import { validatePeer } from '@/domain/rules/validate/peer';
import { routingPeerLoginExpirationFinding } from '@/domain/rules/editor/peer-login-expiration';
import { LoginExpirationWarning } from './login-expiration-warning';

/**
 * The peer's editable settings, exactly NetBird's PeerRequest. The only product rule on it (a name
 * must not be empty) is validatePeer's, checked here as the control plane checks it; a refused save
 * shows the server's message and keeps the values.
 */
const peerSettingsSchema = z
  .object({
    name: z.string(),
    ssh_enabled: z.boolean(),
    login_expiration_enabled: z.boolean(),
    inactivity_expiration_enabled: z.boolean(),
  })
  .superRefine((v, c) => addIssues(c, validatePeer(v)));
type PeerSettingsValues = z.infer<typeof peerSettingsSchema>;

const valuesOf = (p: Peer): PeerSettingsValues => ({
  name: p.name,
  ssh_enabled: p.ssh_enabled ?? false,
  login_expiration_enabled: p.login_expiration_enabled,
  inactivity_expiration_enabled: p.inactivity_expiration_enabled ?? false,
});

const requestOf = (v: PeerSettingsValues, p: Peer): PeerRequest => ({
  ...v,
  ...(p.approval_required !== undefined ? { approval_required: p.approval_required } : {}),
});

/**
 * PeerSettingsForm: name, SSH server, login and inactivity expiration (PUT /api/peers/{id}). A
 * routing peer whose login can expire is warned about while the switch is on, with the one-click
 * fix: the linter's routing-peer-login-expiration finding, evaluated on the drafted switch.
 */
export function PeerSettingsForm({ peer }: { peer: Peer }) {
  const client = useApiClient();
  const { data: snapshot } = useQuery(queries.snapshot(client));
  const form = useForm<PeerSettingsValues>({ resolver: zodResolver(peerSettingsSchema), defaultValues: valuesOf(peer) });
  const update = useUpdatePeer();
  const fix = useUpdatePeer();
  const loginExpiration = useWatch({ control: form.control, name: 'login_expiration_enabled' });
  const finding = useMemo(
    () => (snapshot ? routingPeerLoginExpirationFinding(snapshot, peer.id, loginExpiration) : null),
    [snapshot, peer.id, loginExpiration],
  );

  // The peer as the form opened on it: a save first checks nobody changed these settings since.
  const [baseline, setBaseline] = useState(peer);
  const save = (force: boolean) =>
    form.handleSubmit((v) =>
      update.mutate(
        { id: peer.id, body: requestOf(v, peer), baseline, force },
        {
          onSuccess: (saved) => {
            setBaseline(saved);
            form.reset(v);
          },
        },
      ),
    );
  const submit = save(false);
  const disableLoginExpiration = () => {
    if (!peer.login_expiration_enabled) {
      // Only the draft has it on: switching it back off is the whole fix.
      form.setValue('login_expiration_enabled', false, { shouldDirty: true });
      return;
    }
    fix.mutate(
      { id: peer.id, body: requestOf({ ...valuesOf(peer), login_expiration_enabled: false }, peer) },
      {
        onSuccess: (saved) => {
          // The fix is a save of its own: the baseline follows it, so Save does not conflict with it.
          setBaseline(saved);
          form.reset({ ...form.getValues(), login_expiration_enabled: false }, { keepDirtyValues: true });
        },
      },
    );
  };

  return (
    <form noValidate onSubmit={(e) => void submit(e)} className="flex flex-col gap-4" aria-label="Peer settings">
      {finding ? <LoginExpirationWarning message={finding.message} onFix={disableLoginExpiration} fix={fix} stored={peer.login_expiration_enabled} /> : null}
      <Field label="Peer name" error={form.formState.errors.name?.message} description="How every list names this peer; its DNS label follows the name on NetBird.">
        {(c) => <Input {...c} {...form.register('name')} />}
      </Field>
      <Controller
        control={form.control}
        name="login_expiration_enabled"
        render={({ field }) => (
          <SwitchField
            label="Login expiration"
            checked={field.value}
            onCheckedChange={field.onChange}
            description="The peer must log in again when the account’s login expiration period ends. Peers registered with a setup key do not need it."
          />
        )}
      />
      <Controller
        control={form.control}
        name="inactivity_expiration_enabled"
        render={({ field }) => (
          <SwitchField
            label="Inactivity expiration"
            checked={field.value}
            onCheckedChange={field.onChange}
            description="The peer’s login expires after the account’s inactivity period without a connection."
          />
        )}
      />
      <Controller
        control={form.control}
        name="ssh_enabled"
        render={({ field }) => (
          <SwitchField label="SSH server" checked={field.value} onCheckedChange={field.onChange} description="NetBird’s SSH server on the peer, reachable as policies allow." />
        )}
      />
      <div className="flex flex-wrap items-center gap-3">
        <Button type="submit" disabled={update.isPending || !form.formState.isDirty}>
          Save peer
        </Button>
        <SaveStatus
          mutation={update}
          successText="Peer saved."
          onOverwrite={() => void save(true)()}
          onReload={(current) => {
            const fresh = current as Peer;
            setBaseline(fresh);
            form.reset(valuesOf(fresh));
            update.reset();
          }}
        />
      </div>
    </form>
  );
}
