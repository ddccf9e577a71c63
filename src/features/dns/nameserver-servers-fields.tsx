import { PlusIcon, XIcon } from 'lucide-react';
import { useId } from 'react';
import { useFieldArray, type UseFormReturn } from 'react-hook-form';
import { FieldErrorText } from '@/components/form';
import { Button } from '@/components/ui/button';
import { Input } from '@/components/ui/input';
import { NAMESERVERS_MAX } from '@/domain/rules/validate/nameserver-group';
import type { NameserverFormValues } from './nameserver-form-schema';

/** NameserverServersFields: one to three resolvers (IP and port; NetBird speaks plain UDP to them). */
export function NameserverServersFields({ form }: { form: UseFormReturn<NameserverFormValues> }) {
  const id = useId();
  const servers = useFieldArray({ control: form.control, name: 'servers' });
  const errors = form.formState.errors.servers;
  const listError = errors?.message ?? errors?.root?.message;
  return (
    <fieldset className="flex flex-col gap-2">
      <legend className="mb-1 text-sm font-medium">
        Nameservers ({servers.fields.length} of {NAMESERVERS_MAX}, UDP)
      </legend>
      {servers.fields.map((f, i) => {
        const ipError = errors?.[i]?.ip?.message;
        const portError = errors?.[i]?.port?.message;
        return (
          <div key={f.id} className="flex flex-col gap-1">
            <div className="flex items-center gap-2">
              <Input
                aria-label={`Nameserver ${i + 1} IP`}
                aria-invalid={ipError ? true : undefined}
                aria-describedby={ipError ? `${id}-${i}-ip` : undefined}
                placeholder="1.1.1.1"
                className="font-mono"
                {...form.register(`servers.${i}.ip`)}
              />
              <Input
                aria-label={`Nameserver ${i + 1} port`}
                aria-invalid={portError ? true : undefined}
                aria-describedby={portError ? `${id}-${i}-port` : undefined}
                inputMode="numeric"
                fullWidth={false}
                className="w-24 font-mono"
                {...form.register(`servers.${i}.port`)}
              />
              <Button variant="ghost" size="icon-sm" aria-label={`Remove nameserver ${i + 1}`} onClick={() => servers.remove(i)} disabled={servers.fields.length === 1}>
                <XIcon />
              </Button>
            </div>
            {ipError ? <FieldErrorText id={`${id}-${i}-ip`}>{ipError}</FieldErrorText> : null}
            {portError ? <FieldErrorText id={`${id}-${i}-port`}>{portError}</FieldErrorText> : null}
          </div>
        );
      })}
      {listError ? <FieldErrorText>{listError}</FieldErrorText> : null}
      <Button variant="outline" size="sm" className="w-fit" onClick={() => servers.append({ ip: '', port: '53' })} disabled={servers.fields.length >= NAMESERVERS_MAX}>
        <PlusIcon /> Add nameserver
      </Button>
    </fieldset>
  );
}
