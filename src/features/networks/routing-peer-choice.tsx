import { Controller, type Control, type FieldErrors } from 'react-hook-form';
import { Field, GroupPicker, PeerPicker } from '@/components/form';
import type { RouterFormValues } from './router-form-schema';

/**
 * RoutingPeerChoice: who routes: one peer, or every peer of some groups (NetBird takes exactly one
 * of the two). Peers show their OS and connection, which decide masquerade and whether they carry
 * traffic at all.
 */
export function RoutingPeerChoice({ control, kind, errors }: { control: Control<RouterFormValues>; kind: RouterFormValues['kind']; errors: FieldErrors<RouterFormValues> }) {
  return (
    <div className="flex flex-col gap-3">
      <Controller
        control={control}
        name="kind"
        render={({ field }) => (
          <fieldset className="flex flex-col gap-2">
            <legend className="mb-1 text-sm font-medium">Routing peer</legend>
            <div className="flex flex-wrap gap-4 text-sm">
              <label className="flex cursor-pointer items-center gap-2">
                <input type="radio" name={field.name} value="peer" checked={field.value === 'peer'} onChange={() => field.onChange('peer')} />A peer
              </label>
              <label className="flex cursor-pointer items-center gap-2">
                <input type="radio" name={field.name} value="groups" checked={field.value === 'groups'} onChange={() => field.onChange('groups')} />
                A peer group (every peer in it routes)
              </label>
            </div>
          </fieldset>
        )}
      />
      {kind === 'peer' ? (
        <Field label="Peer" error={errors.peer?.message}>
          {(c) => <Controller control={control} name="peer" render={({ field }) => <PeerPicker control={c} value={field.value || undefined} onChange={(id) => field.onChange(id ?? '')} />} />}
        </Field>
      ) : (
        <Field label="Peer groups" description="Every peer in these groups becomes a routing peer of the network." error={errors.peer_groups?.message ?? errors.peer_groups?.root?.message}>
          {(c) => (
            <Controller
              control={control}
              name="peer_groups"
              render={({ field }) => <GroupPicker control={c} value={field.value} onChange={field.onChange} allowCreate={false} filter={(g) => g.peers_count > 0} />}
            />
          )}
        </Field>
      )}
    </div>
  );
}
