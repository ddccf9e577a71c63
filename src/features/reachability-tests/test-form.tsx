import { zodResolver } from '@hookform/resolvers/zod';
import { useQuery } from '@tanstack/react-query';
import { PlusIcon } from 'lucide-react';
import { useMemo, useState } from 'react';
import { Controller, useForm, useWatch } from 'react-hook-form';
import { queries, useApiClient } from '@/api';
import { Field, PeerPicker } from '@/components/form';
import { Button } from '@/components/ui/button';
import { Input } from '@/components/ui/input';
import { Select, SelectContent, SelectItem, SelectTrigger, SelectValue } from '@/components/ui/select';
import type { ReachabilityTest } from '@/domain/reachability/reachability-test';
import { DestinationHint } from './destination-hint';
import { emptyTestValues, PROTOCOL_CHOICES, testFormSchemaFor, toTest, type TestFormValues } from './test-form-schema';

const PROTOCOL_LABELS: Record<(typeof PROTOCOL_CHOICES)[number], string> = {
  default: 'Default',
  tcp: 'TCP',
  udp: 'UDP',
  icmp: 'ICMP',
  all: 'All traffic',
};

/**
 * TestForm: add a reachability test. The source is picked from the account's peers and stored by
 * name (readable in the exported file, as `nbrc test` and the trace accept it); the destination is
 * anything the trace accepts, with what it names shown as it is typed.
 */
export function TestForm({ takenNames, onAdd }: { takenNames: readonly string[]; onAdd: (test: ReachabilityTest) => string | null }) {
  const client = useApiClient();
  const peers = useQuery(queries.peers(client)).data ?? [];
  const schema = useMemo(() => testFormSchemaFor(takenNames), [takenNames]);
  const form = useForm<TestFormValues>({ resolver: zodResolver(schema), defaultValues: emptyTestValues });
  const [storeError, setStoreError] = useState<string | null>(null);
  const { errors } = form.formState;
  const to = useWatch({ control: form.control, name: 'to' });
  const protocol = useWatch({ control: form.control, name: 'protocol' });

  const submit = form.handleSubmit((v) => {
    const error = onAdd(toTest(v));
    setStoreError(error);
    if (error === null) form.reset(emptyTestValues);
  });

  return (
    <form noValidate aria-label="Add a test" onSubmit={(e) => void submit(e)} className="grid gap-4 md:grid-cols-2">
      <Field label="Name" error={errors.name?.message} description="What the test guards, e.g. “Engineers SSH to the office LAN”." className="md:col-span-2">
        {(c) => <Input {...c} {...form.register('name')} autoComplete="off" />}
      </Field>
      <Field label="From (source peer)" error={errors.from?.message} description="The peer the packet leaves from; kept by name in the tests file.">
        {(c) => (
          <Controller
            control={form.control}
            name="from"
            render={({ field }) => {
              const current = peers.find((p) => p.name === field.value || p.id === field.value);
              return <PeerPicker control={c} value={current?.id ?? (field.value === '' ? undefined : field.value)} onChange={(id) => field.onChange(peers.find((p) => p.id === id)?.name ?? id ?? '')} />;
            }}
          />
        )}
      </Field>
      <Field
        label="To (destination)"
        error={errors.to?.message}
        description="A peer, a network resource id, an IP address or a domain, with an optional :PORT."
        after={<DestinationHint text={to} />}
      >
        {(c) => <Input {...c} {...form.register('to')} autoComplete="off" placeholder="e.g. 10.10.0.5:22 or app.corp.example" />}
      </Field>
      <Field label="Protocol" error={errors.protocol?.message} description="Default: TCP when a port is known, else all traffic.">
        {(c) => (
          <Controller
            control={form.control}
            name="protocol"
            render={({ field }) => (
              <Select value={field.value} onValueChange={field.onChange}>
                <SelectTrigger {...c}>
                  <SelectValue />
                </SelectTrigger>
                <SelectContent>
                  {PROTOCOL_CHOICES.map((p) => (
                    <SelectItem key={p} value={p}>
                      {PROTOCOL_LABELS[p]}
                    </SelectItem>
                  ))}
                </SelectContent>
              </Select>
            )}
          />
        )}
      </Field>
      <Field label="Port" error={errors.port?.message} description={protocol === 'icmp' || protocol === 'all' ? 'No ports with this protocol.' : 'Optional; overrides a :PORT in the destination.'}>
        {(c) => <Input {...c} {...form.register('port')} inputMode="numeric" autoComplete="off" placeholder="any" className="max-w-32" />}
      </Field>
      <Field label="Expect" error={errors.expect?.message} description="Allow: the packet must get through. Deny: it must be stopped.">
        {(c) => (
          <Controller
            control={form.control}
            name="expect"
            render={({ field }) => (
              <Select value={field.value} onValueChange={field.onChange}>
                <SelectTrigger {...c} className="max-w-48">
                  <SelectValue />
                </SelectTrigger>
                <SelectContent>
                  <SelectItem value="allow">Allow</SelectItem>
                  <SelectItem value="deny">Deny</SelectItem>
                </SelectContent>
              </Select>
            )}
          />
        )}
      </Field>
      <div className="flex flex-wrap items-center gap-3 md:col-span-2">
        <Button type="submit">
          <PlusIcon aria-hidden="true" /> Add test
        </Button>
        {storeError !== null ? (
          <p role="alert" className="text-sm font-medium text-destructive">
            Not added: {storeError}
          </p>
        ) : null}
      </div>
    </form>
  );
}
