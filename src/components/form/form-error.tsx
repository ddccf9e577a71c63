import { CircleCheckIcon } from 'lucide-react';
import { explainApiError } from '../explain-api-error';
import { Alert, AlertDescription, AlertTitle } from '../ui/alert';

/**
 * FormError: a failed save, explained with the server's own message. It is shown inside the form,
 * which stays mounted with what the admin typed, so they fix the value and save again.
 */
export function FormError({ error, title }: { error: unknown; title?: string }) {
  if (error === null || error === undefined) return null;
  const e = explainApiError(error);
  return (
    <Alert variant="error">
      <AlertTitle>{title ?? e.title}</AlertTitle>
      <AlertDescription>
        <p>{title ? `${e.title}: ${e.detail}` : e.detail}</p>
        {e.technical && e.technical !== e.detail ? <p className="font-mono text-xs">{e.technical}</p> : null}
      </AlertDescription>
    </Alert>
  );
}

/** MutationLike: the part of a react-query mutation result a save status reads. */
export interface MutationLike {
  isPending: boolean;
  isSuccess: boolean;
  error: unknown;
}

/**
 * SaveStatus: the outcome of the last save next to the Save button: "Saving…", a success line, or
 * the error. Success and progress are polite status messages; the error is an alert.
 */
export function SaveStatus({ mutation, successText = 'Saved.' }: { mutation: MutationLike; successText?: string }) {
  if (mutation.isPending) {
    return (
      <p role="status" className="text-sm text-muted-foreground">
        Saving…
      </p>
    );
  }
  if (mutation.error) return <FormError error={mutation.error} title="Not saved" />;
  if (mutation.isSuccess) {
    return (
      <p role="status" className="inline-flex items-center gap-1.5 text-sm text-success">
        <CircleCheckIcon className="size-4" aria-hidden="true" />
        {successText}
      </p>
    );
  }
  return null;
}
