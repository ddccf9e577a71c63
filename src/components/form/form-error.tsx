import { CircleCheckIcon } from 'lucide-react';
import { isEditConflict } from '@/api/edit-conflict';
import { explainApiError } from '../explain-api-error';
import { Button } from '../ui/button';
import { Alert, AlertDescription, AlertTitle } from '../ui/alert';

/**
 * FormError: a failed save, explained with the server's own message. It is shown inside the form,
 * which stays mounted with what the admin typed, so they fix the value and save again.
 */
export function FormError({
  error,
  title,
  onOverwrite,
  onReload,
}: {
  error: unknown;
  title?: string;
  /** For an edit conflict: save the admin's version anyway. */
  onOverwrite?: () => void;
  /** For an edit conflict: drop the admin's changes and load the current version. */
  onReload?: (current: unknown) => void;
}) {
  if (error === null || error === undefined) return null;
  if (isEditConflict(error)) {
    return (
      <Alert variant="warning">
        <AlertTitle>Changed since you opened it</AlertTitle>
        <AlertDescription>
          <p>{error.message}</p>
          <div className="mt-2 flex flex-wrap gap-2">
            {onOverwrite ? (
              <Button type="button" size="sm" variant="outline" onClick={onOverwrite}>
                Save mine anyway
              </Button>
            ) : null}
            {onReload ? (
              <Button type="button" size="sm" variant="outline" onClick={() => onReload(error.current)}>
                Discard mine and load theirs
              </Button>
            ) : null}
          </div>
        </AlertDescription>
      </Alert>
    );
  }
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
export function SaveStatus({
  mutation,
  successText = 'Saved.',
  onOverwrite,
  onReload,
}: {
  mutation: MutationLike;
  successText?: string;
  /** For an edit conflict (see FormError). */
  onOverwrite?: () => void;
  onReload?: (current: unknown) => void;
}) {
  if (mutation.isPending) {
    return (
      <p role="status" className="text-sm text-muted-foreground">
        Saving…
      </p>
    );
  }
  if (mutation.error) return <FormError error={mutation.error} title="Not saved" onOverwrite={onOverwrite} onReload={onReload} />;
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
