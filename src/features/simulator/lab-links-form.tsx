import { zodResolver } from '@hookform/resolvers/zod';
import { Controller, useFieldArray, useForm } from 'react-hook-form';
import type { Lab } from '@/api';
import type { useUpdateLab } from '@/api/mutations';
import { SaveStatus } from '@/components/form';
import { Button } from '@/components/ui/button';
import { Input } from '@/components/ui/input';
import { Select, SelectContent, SelectItem, SelectTrigger, SelectValue } from '@/components/ui/select';
import { applyLinks, labLinksSchema, linksValues, type LabLinksValues } from './lab-model';

/**
 * LabLinksForm: one peer's links to the peers of its network map: connection type, latency and
 * its noise (standard deviation), which the simulator samples with a seeded generator.
 */
export function LabLinksForm({ lab, peerId, others, canSave, update }: { lab: Lab | null | undefined; peerId: string; others: readonly { id: string; name: string }[]; canSave: boolean; update: ReturnType<typeof useUpdateLab> }) {
  const form = useForm<LabLinksValues>({ resolver: zodResolver(labLinksSchema), defaultValues: linksValues(lab, peerId, others) });
  const rows = useFieldArray({ control: form.control, name: 'links' });
  const errors = form.formState.errors.links;
  const submit = form.handleSubmit((v) => update.mutate(applyLinks(lab, peerId, v), { onSuccess: () => form.reset(v) }));
  if (others.length === 0) return <p className="text-sm text-muted-foreground">This peer’s network map is empty: no policy links it with another peer.</p>;
  return (
    <form onSubmit={(e) => void submit(e)} className="flex flex-col gap-3" aria-label="Lab links">
      <div className="overflow-x-auto rounded-md border">
        <table className="w-full text-sm">
          <thead className="bg-muted/40 text-left text-xs text-muted-foreground">
            <tr>
              <th className="px-3 py-2 font-medium">To peer</th>
              <th className="px-3 py-2 font-medium">Connection</th>
              <th className="px-3 py-2 font-medium">Latency (ms)</th>
              <th className="px-3 py-2 font-medium">Noise σ (ms)</th>
            </tr>
          </thead>
          <tbody className="divide-y">
            {rows.fields.map((field, i) => (
              <tr key={field.id}>
                <th scope="row" className="px-3 py-1.5 text-left font-medium">
                  {field.name}
                </th>
                <td className="px-3 py-1.5">
                  <Controller
                    control={form.control}
                    name={`links.${i}.connection`}
                    render={({ field: f }) => (
                      <Select value={f.value} onValueChange={f.onChange}>
                        <SelectTrigger size="sm" fullWidth={false} className="w-36" aria-label={`Connection to ${field.name}`}>
                          <SelectValue />
                        </SelectTrigger>
                        <SelectContent>
                          <SelectItem value="direct">direct</SelectItem>
                          <SelectItem value="relayed">relayed</SelectItem>
                          <SelectItem value="idle">idle (lazy)</SelectItem>
                        </SelectContent>
                      </Select>
                    )}
                  />
                </td>
                <td className="px-3 py-1.5">
                  <Input size="sm" fullWidth={false} className="w-24" inputMode="decimal" placeholder="unknown" aria-label={`Latency to ${field.name}`} aria-invalid={errors?.[i]?.latency_ms ? true : undefined} title={errors?.[i]?.latency_ms?.message} {...form.register(`links.${i}.latency_ms`)} />
                </td>
                <td className="px-3 py-1.5">
                  <Input size="sm" fullWidth={false} className="w-24" inputMode="decimal" placeholder="none" aria-label={`Latency noise to ${field.name}`} aria-invalid={errors?.[i]?.noise_ms ? true : undefined} title={errors?.[i]?.noise_ms?.message} {...form.register(`links.${i}.noise_ms`)} />
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
      {errors ? (
        <p role="alert" className="text-xs font-medium text-destructive">
          Latency and noise are numbers ≥ 0, or empty (unknown, no noise).
        </p>
      ) : null}
      <div className="flex items-center gap-3">
        <Button type="submit" disabled={!canSave || update.isPending || !form.formState.isDirty}>
          Save links
        </Button>
        <SaveStatus mutation={update} successText="Links saved with the account." />
      </div>
    </form>
  );
}
