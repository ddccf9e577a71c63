import { PlusIcon, XIcon } from 'lucide-react';
import { useId } from 'react';
import { Controller, useFieldArray, type UseFormReturn } from 'react-hook-form';
import { FieldErrorText, SwitchField } from '@/components/form';
import { Button } from '@/components/ui/button';
import { Input } from '@/components/ui/input';
import { searchDomainsBlockedReason } from '@/domain/rules/editor/dns-search-domains';
import { toNameserverRequest, type NameserverFormValues } from './nameserver-form-schema';

/**
 * NameserverMatchFields: which names the group answers: every domain (primary: NetBird's match
 * domain ALL, what exit node users need against DNS leaks) or only its match domains, which may
 * also become DNS search domains on the peers.
 */
export function NameserverMatchFields({ form }: { form: UseFormReturn<NameserverFormValues> }) {
  const id = useId();
  const kind = form.watch('matchKind');
  const domains = useFieldArray({ control: form.control, name: 'domains' });
  const errors = form.formState.errors;
  const listError = errors.domains?.message ?? errors.domains?.root?.message;
  const blocked = searchDomainsBlockedReason(toNameserverRequest(form.watch()));
  const choices = [
    ['primary', 'All domains (primary)'],
    ['domains', 'Only these domains'],
  ] as const;
  return (
    <div className="flex flex-col gap-4">
      <fieldset className="flex flex-col gap-2">
        <legend className="mb-1.5 text-sm font-medium">Match</legend>
        <div role="radiogroup" aria-label="Answers" className="flex flex-wrap gap-4 text-sm">
          {choices.map(([value, label]) => (
            <label key={value} className="flex cursor-pointer items-center gap-2">
              <input
                type="radio"
                name={`${id}-match`}
                checked={kind === value}
                onChange={() => {
                  form.setValue('matchKind', value);
                  if (value === 'primary') form.setValue('search_domains_enabled', false);
                }}
                className="size-4 accent-primary"
              />
              {label}
            </label>
          ))}
        </div>
        <p className="text-xs text-muted-foreground">
          {kind === 'primary'
            ? 'These nameservers answer every name for the distribution groups (NetBird’s match domain ALL). Exit node users need one, or DNS leaks their location.'
            : 'These nameservers answer only the match domains and their subdomains; other names go to the peer’s other resolvers.'}
        </p>
      </fieldset>
      {kind === 'domains' ? (
        <fieldset className="flex flex-col gap-2">
          <legend className="text-sm font-medium">Match domains</legend>
          {domains.fields.map((f, i) => {
            const error = errors.domains?.[i]?.name?.message;
            return (
              <div key={f.id} className="flex flex-col gap-1">
                <div className="flex items-center gap-2">
                  <Input
                    aria-label={`Match domain ${i + 1}`}
                    aria-invalid={error ? true : undefined}
                    aria-describedby={error ? `${id}-domain-${i}` : undefined}
                    placeholder="corp.example"
                    className="font-mono"
                    {...form.register(`domains.${i}.name`)}
                  />
                  <Button variant="ghost" size="icon-sm" aria-label={`Remove match domain ${i + 1}`} onClick={() => domains.remove(i)} disabled={domains.fields.length === 1}>
                    <XIcon />
                  </Button>
                </div>
                {error ? <FieldErrorText id={`${id}-domain-${i}`}>{error}</FieldErrorText> : null}
              </div>
            );
          })}
          {listError ? <FieldErrorText>{listError}</FieldErrorText> : null}
          <Button variant="outline" size="sm" className="w-fit" onClick={() => domains.append({ name: '' })}>
            <PlusIcon /> Add match domain
          </Button>
        </fieldset>
      ) : null}
      <Controller
        control={form.control}
        name="search_domains_enabled"
        render={({ field }) => (
          <SwitchField
            label="Search domains"
            checked={field.value}
            onCheckedChange={field.onChange}
            description="Peers may resolve short names (“wiki” → wiki.corp.example) with the match domains."
            disabledReason={blocked !== null && !field.value ? blocked : undefined}
            error={errors.search_domains_enabled?.message}
          />
        )}
      />
    </div>
  );
}
