import { InboxIcon, RefreshCwIcon, SettingsIcon } from 'lucide-react';
import type { ReactNode } from 'react';
import { Link } from '@/lib/router';
import { cn } from '@/lib/cn';
import { explainApiError } from './explain-api-error';
import { Alert, AlertDescription, AlertTitle } from './ui/alert';
import { Button } from './ui/button';
import { Skeleton } from './ui/skeleton';

/** LoadingState: skeletons in the shape of what is coming (a table or a detail list), announced once. */
export function LoadingState({ variant = 'table', label = 'Loading…' }: { variant?: 'table' | 'detail'; label?: string }) {
  return (
    <div role="status" aria-live="polite" className="flex flex-col gap-3">
      <span className="sr-only">{label}</span>
      {variant === 'table' ? (
        <div className="flex flex-col gap-2 rounded-lg border bg-card p-4">
          <Skeleton className="h-8 w-64" />
          {Array.from({ length: 6 }, (_, i) => (
            <Skeleton key={i} className="h-9 w-full" />
          ))}
        </div>
      ) : (
        <div className="flex flex-col gap-3 rounded-lg border bg-card p-5">
          {Array.from({ length: 5 }, (_, i) => (
            <div key={i} className="flex gap-6">
              <Skeleton className="h-5 w-32" />
              <Skeleton className="h-5 flex-1" />
            </div>
          ))}
        </div>
      )}
    </div>
  );
}

/** EmptyState: says there is nothing yet and, when one exists, the next step. */
export function EmptyState({
  title,
  message,
  action,
  icon,
  compact = false,
  className,
}: {
  title: string;
  message?: ReactNode;
  action?: ReactNode;
  icon?: ReactNode;
  /** Less vertical room, for an empty table inside a tab or card rather than a whole page. */
  compact?: boolean;
  className?: string;
}) {
  return (
    <div className={cn('flex flex-col items-center justify-center gap-2 rounded-lg border border-dashed bg-card px-6 text-center', compact ? 'py-8' : 'py-12', className)}>
      <div className="mb-1 text-muted-foreground [&_svg]:size-8" aria-hidden="true">
        {icon ?? <InboxIcon />}
      </div>
      <p className="text-sm font-medium">{title}</p>
      {message ? <p className="max-w-md text-sm text-muted-foreground">{message}</p> : null}
      {action ? <div className="mt-2">{action}</div> : null}
    </div>
  );
}

/**
 * ErrorState: explains an error the way an admin can act on it (token, unreachable host and CORS,
 * not found, server message) and offers Retry, plus Settings when the fix lives there.
 */
export function ErrorState({ error, onRetry, className }: { error: unknown; onRetry?: () => void; className?: string }) {
  const e = explainApiError(error);
  return (
    <Alert variant="error" className={className}>
      <AlertTitle>{e.title}</AlertTitle>
      <AlertDescription>
        <p>{e.detail}</p>
        {e.technical ? <p className="mt-1 break-words font-mono text-xs">{e.technical}</p> : null}
      </AlertDescription>
      {onRetry || e.fixInSettings ? (
        <div className="mt-2 flex flex-wrap gap-2">
          {onRetry ? (
            <Button size="sm" variant="outline" onClick={onRetry}>
              <RefreshCwIcon aria-hidden="true" />
              Retry
            </Button>
          ) : null}
          {e.fixInSettings ? (
            <Button size="sm" variant="ghost" asChild>
              <Link to="/settings">
                <SettingsIcon aria-hidden="true" />
                Open Settings
              </Link>
            </Button>
          ) : null}
        </div>
      ) : null}
    </Alert>
  );
}
