import { zodResolver } from '@hookform/resolvers/zod';
import { PlugIcon } from 'lucide-react';
import { useId, useState } from 'react';
import { Controller, useForm } from 'react-hook-form';
import { Alert, AlertDescription, AlertTitle } from '@/components/ui/alert';
import { Button } from '@/components/ui/button';
import { Checkbox } from '@/components/ui/checkbox';
import { Input } from '@/components/ui/input';
import { Label } from '@/components/ui/label';
import { ConnectionResultAlert } from './connection-result';
import { remoteTargetSchema, type RemoteTargetInput, type RemoteTargetValues } from './remote-target-schema';
import { testConnection, type ConnectionResult } from './test-connection';

type TestState = { kind: 'idle' } | { kind: 'testing' } | { kind: 'done'; result: ConnectionResult };

/**
 * RemoteTargetForm: URL and personal access token of a NetBird management API, with a connection
 * test that uses the typed values before anything is saved. The token field is a password field
 * and is never echoed back into the page, the URL or the console.
 */
export function RemoteTargetForm({
  defaults,
  onSave,
  saved,
}: {
  defaults: RemoteTargetInput;
  onSave: (values: RemoteTargetValues) => void;
  saved: boolean;
}) {
  const id = useId();
  const [test, setTest] = useState<TestState>({ kind: 'idle' });
  const form = useForm<RemoteTargetInput, unknown, RemoteTargetValues>({ resolver: zodResolver(remoteTargetSchema), defaultValues: defaults });
  const { errors, isSubmitting } = form.formState;

  const runTest = form.handleSubmit(async (values) => {
    setTest({ kind: 'testing' });
    const result = await testConnection(values, window.fetch.bind(window));
    setTest({ kind: 'done', result });
  });

  return (
    <form className="flex flex-col gap-5" noValidate onSubmit={form.handleSubmit((values) => onSave(values))}>
      <div className="flex flex-col gap-2">
        <Label htmlFor={`${id}-url`}>Management API URL</Label>
        <Input
          id={`${id}-url`}
          type="url"
          inputMode="url"
          autoComplete="url"
          placeholder="https://netbird.example.com"
          aria-invalid={errors.url ? true : undefined}
          aria-describedby={`${id}-url-help`}
          {...form.register('url')}
        />
        <p id={`${id}-url-help`} className={errors.url ? 'text-sm text-destructive' : 'text-sm text-muted-foreground'}>
          {errors.url?.message ?? 'The address of your management server; “/api” is added by the console.'}
        </p>
      </div>
      <div className="flex flex-col gap-2">
        <Label htmlFor={`${id}-token`}>Personal access token</Label>
        <Input
          id={`${id}-token`}
          type="password"
          autoComplete="off"
          spellCheck={false}
          aria-invalid={errors.token ? true : undefined}
          aria-describedby={`${id}-token-help`}
          {...form.register('token')}
        />
        <p id={`${id}-token-help`} className={errors.token ? 'text-sm text-destructive' : 'text-sm text-muted-foreground'}>
          {errors.token?.message ?? 'Create one in NetBird under Team → Users → your user → Personal access tokens.'}
        </p>
      </div>
      <div className="flex items-start gap-2">
        <Controller
          control={form.control}
          name="remember"
          render={({ field }) => (
            <Checkbox id={`${id}-remember`} checked={field.value} onCheckedChange={(v) => field.onChange(v === true)} onBlur={field.onBlur} className="mt-0.5" />
          )}
        />
        <div className="flex flex-col gap-1">
          <Label htmlFor={`${id}-remember`}>Remember on this device</Label>
          <p className="text-sm text-muted-foreground">Otherwise the token is forgotten when the browser closes.</p>
        </div>
      </div>
      {test.kind === 'done' ? <ConnectionResultAlert result={test.result} /> : null}
      {saved ? (
        <Alert variant="success">
          <AlertTitle>Saved</AlertTitle>
          <AlertDescription>
            <p>The console now talks to this management API.</p>
          </AlertDescription>
        </Alert>
      ) : null}
      <div className="flex flex-wrap gap-2">
        <Button type="button" variant="outline" onClick={() => void runTest()} disabled={test.kind === 'testing'}>
          <PlugIcon aria-hidden="true" />
          {test.kind === 'testing' ? 'Testing…' : 'Test connection'}
        </Button>
        <Button type="submit" disabled={isSubmitting}>
          Save
        </Button>
      </div>
    </form>
  );
}
