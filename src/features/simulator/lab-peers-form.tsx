import { zodResolver } from '@hookform/resolvers/zod';
import { Controller, useFieldArray, useForm } from 'react-hook-form';
import type { Lab } from '@/api';
import type { useUpdateLab } from '@/api/mutations';
import { SaveStatus } from '@/components/form';
import { Button } from '@/components/ui/button';
import { Input } from '@/components/ui/input';
import { Select, SelectContent, SelectItem, SelectTrigger, SelectValue } from '@/components/ui/select';
import { applyPeers, labPeersSchema, peersValues, type LabPeersValues, type OnlineChoice } from './lab-model';

const ONLINE_TEXT: Readonly<Record<OnlineChoice, string>> = { api: 'As the API says', online: 'Online', offline: 'Offline' };

/**
 * LabPeersForm: liveness, failure domain, LAN address and TCP flows of the listed peers, saved
 * with the account's lab. On the embedded control plane a peer's `connected` follows its lab
 * liveness, so the Peers page agrees with the simulator.
 */
export function LabPeersForm({ lab, peers, canSave, update }: { lab: Lab | null | undefined; peers: readonly { id: string; name: string; connected: boolean }[]; canSave: boolean; update: ReturnType<typeof useUpdateLab> }) {
  const form = useForm<LabPeersValues>({ resolver: zodResolver(labPeersSchema), defaultValues: peersValues(lab, peers) });
  const rows = useFieldArray({ control: form.control, name: 'peers' });
  const errors = form.formState.errors.peers;
  const submit = form.handleSubmit((v) => update.mutate(applyPeers(lab, v), { onSuccess: () => form.reset(v) }));
  return (
    <form onSubmit={(e) => void submit(e)} className="flex flex-col gap-3" aria-label="Lab peers">
      <div className="overflow-x-auto rounded-md border">
        <table className="w-full text-sm">
          <thead className="bg-muted/40 text-left text-xs text-muted-foreground">
            <tr>
              <th className="px-3 py-2 font-medium">Peer</th>
              <th className="px-3 py-2 font-medium">Liveness</th>
              <th className="px-3 py-2 font-medium">Failure domain</th>
              <th className="px-3 py-2 font-medium">LAN IP</th>
              <th className="px-3 py-2 font-medium">TCP flows per route</th>
            </tr>
          </thead>
          <tbody className="divide-y">
            {rows.fields.map((field, i) => {
              const peer = peers[i];
              const err = errors?.[i];
              return (
                <tr key={field.id}>
                  <th scope="row" className="px-3 py-1.5 text-left font-medium">
                    {field.name}
                  </th>
                  <td className="px-3 py-1.5">
                    <Controller
                      control={form.control}
                      name={`peers.${i}.online`}
                      render={({ field: f }) => (
                        <Select value={f.value} onValueChange={f.onChange}>
                          <SelectTrigger size="sm" fullWidth={false} className="w-52" aria-label={`Liveness of ${field.name}`}>
                            <SelectValue>{f.value === 'api' ? `API (${peer?.connected ? 'connected' : 'disconnected'})` : ONLINE_TEXT[f.value]}</SelectValue>
                          </SelectTrigger>
                          <SelectContent>
                            {(Object.keys(ONLINE_TEXT) as OnlineChoice[]).map((k) => (
                              <SelectItem key={k} value={k}>
                                {ONLINE_TEXT[k]}
                              </SelectItem>
                            ))}
                          </SelectContent>
                        </Select>
                      )}
                    />
                  </td>
                  <td className="px-3 py-1.5">
                    <Input size="sm" aria-label={`Failure domain of ${field.name}`} {...form.register(`peers.${i}.failure_domain`)} />
                  </td>
                  <td className="px-3 py-1.5">
                    <Input size="sm" aria-label={`LAN IP of ${field.name}`} aria-invalid={err?.lan_ip ? true : undefined} title={err?.lan_ip?.message} {...form.register(`peers.${i}.lan_ip`)} />
                  </td>
                  <td className="px-3 py-1.5">
                    <Input size="sm" fullWidth={false} className="w-28" inputMode="numeric" placeholder="1 (default)" aria-label={`TCP flows of ${field.name}`} aria-invalid={err?.tcp_flows ? true : undefined} title={err?.tcp_flows?.message} {...form.register(`peers.${i}.tcp_flows`)} />
                  </td>
                </tr>
              );
            })}
          </tbody>
        </table>
      </div>
      {errors ? (
        <ul className="text-xs font-medium text-destructive" role="alert">
          {errors.map?.((e, i) => [e?.lan_ip?.message, e?.tcp_flows?.message].filter(Boolean).map((m) => <li key={`${i}-${m}`}>{`${rows.fields[i]?.name ?? ''}: ${m ?? ''}`}</li>))}
        </ul>
      ) : null}
      <div className="flex items-center gap-3">
        <Button type="submit" disabled={!canSave || update.isPending || !form.formState.isDirty}>
          Save lab
        </Button>
        <SaveStatus mutation={update} successText="Lab saved with the account." />
      </div>
    </form>
  );
}
