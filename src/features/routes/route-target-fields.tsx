import { PlusIcon, XIcon } from 'lucide-react';
import { useId } from 'react';
import { Controller, useFieldArray, type UseFormReturn } from 'react-hook-form';
import { Field, FieldErrorText, SwitchField } from '@/components/form';
import { Button } from '@/components/ui/button';
import { Input } from '@/components/ui/input';
import { MAX_ROUTE_DOMAINS } from '@/domain/rules/validate/route';
import type { RouteFormValues } from './route-form-schema';

/**
 * RouteTargetFields: what the route routes: one CIDR, or up to 32 domains resolved on the client
 * (with "keep route" deciding whether resolved IPs stay routed after the DNS answer changes).
 */
export function RouteTargetFields({ form }: { form: UseFormReturn<RouteFormValues> }) {
  const name = useId();
  const kind = form.watch('targetKind');
  const errors = form.formState.errors;
  const domains = useFieldArray({ control: form.control, name: 'domains' });
  const domainsError = errors.domains?.message ?? errors.domains?.root?.message;
  return (
    <div className="flex flex-col gap-4">
      <fieldset className="flex flex-col gap-2">
        <legend className="mb-1.5 text-sm font-medium">Destination</legend>
        <div role="radiogroup" aria-label="Destination is" className="flex flex-wrap gap-4 text-sm">
          {(
            [
              ['network', 'Network (CIDR)'],
              ['domains', 'Domains'],
            ] as const
          ).map(([value, label]) => (
            <label key={value} className="flex cursor-pointer items-center gap-2">
              <input type="radio" name={name} value={value} checked={kind === value} onChange={() => form.setValue('targetKind', value)} className="size-4 accent-primary" />
              {label}
            </label>
          ))}
        </div>
      </fieldset>
      {kind === 'network' ? (
        <Field label="Network" error={errors.network?.message} description="An IPv4 or IPv6 prefix, e.g. 192.168.50.0/24. Host bits are cleared when saved.">
          {(control) => <Input {...control} placeholder="10.0.0.0/16" className="font-mono" {...form.register('network')} />}
        </Field>
      ) : (
        <div className="flex flex-col gap-3">
          <fieldset className="flex flex-col gap-2" aria-describedby={domainsError ? `${name}-domains-error` : undefined}>
            <legend className="text-sm font-medium">
              Domains ({domains.fields.length} of {MAX_ROUTE_DOMAINS})
            </legend>
            <p className="text-xs text-muted-foreground">Resolved by the client; wildcards such as *.example.com are allowed.</p>
            {domains.fields.map((f, i) => {
              const error = errors.domains?.[i]?.name?.message;
              return (
                <div key={f.id} className="flex flex-col gap-1">
                  <div className="flex items-center gap-2">
                    <Input
                      aria-label={`Domain ${i + 1}`}
                      aria-invalid={error ? true : undefined}
                      aria-describedby={error ? `${name}-domain-${i}-error` : undefined}
                      placeholder="app.example.com"
                      className="font-mono"
                      {...form.register(`domains.${i}.name`)}
                    />
                    <Button variant="ghost" size="icon-sm" aria-label={`Remove domain ${i + 1}`} onClick={() => domains.remove(i)} disabled={domains.fields.length === 1}>
                      <XIcon />
                    </Button>
                  </div>
                  {error ? <FieldErrorText id={`${name}-domain-${i}-error`}>{error}</FieldErrorText> : null}
                </div>
              );
            })}
            {domainsError ? <FieldErrorText id={`${name}-domains-error`}>{domainsError}</FieldErrorText> : null}
          </fieldset>
          <div className="flex flex-wrap items-center gap-3">
            <Button variant="outline" size="sm" onClick={() => domains.append({ name: '' })} disabled={domains.fields.length >= MAX_ROUTE_DOMAINS}>
              <PlusIcon /> Add domain
            </Button>
            {domains.fields.length >= MAX_ROUTE_DOMAINS ? <p className="text-xs text-muted-foreground">A route resolves at most {MAX_ROUTE_DOMAINS} domains.</p> : null}
          </div>
          <Controller
            control={form.control}
            name="keep_route"
            render={({ field }) => (
              <SwitchField
                label="Keep route"
                checked={field.value}
                onCheckedChange={field.onChange}
                description="Keep IPs that a domain resolved to routed after its DNS answer changes, so open connections survive."
              />
            )}
          />
        </div>
      )}
    </div>
  );
}
