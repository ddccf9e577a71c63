import { LoaderIcon, RefreshCwIcon } from 'lucide-react';
import type { ReactNode } from 'react';
import { cn } from '@/lib/cn';
import { Alert, AlertDescription, AlertTitle } from '../ui/alert';
import { Button } from '../ui/button';
import { Skeleton } from '../ui/skeleton';
import type { AnalysisState } from './use-analysis';

const count = (n: number) => `${n.toLocaleString('en-US')} object${n === 1 ? '' : 's'}`;

/** AnalysingLine: "Analysing N objects…" with a spinner, announced politely. */
export function AnalysingLine({ objects, className }: { objects: number; className?: string }) {
  return (
    <p role="status" className={cn('flex items-center gap-2 text-sm text-muted-foreground', className)}>
      <LoaderIcon aria-hidden="true" className="size-4 animate-spin motion-reduce:animate-none" />
      Analysing {count(objects)}…
    </p>
  );
}

/** AnalysingState: the first analysis of an account is running: the line, over skeletons of what comes (framed as a card, unless already in one). */
export function AnalysingState({ objects, framed = true }: { objects: number; framed?: boolean }) {
  return (
    <div className={cn('flex flex-col gap-3', framed && 'rounded-lg border bg-card p-4')}>
      <AnalysingLine objects={objects} />
      {Array.from({ length: 5 }, (_, i) => (
        <Skeleton key={i} className="h-9 w-full" />
      ))}
    </div>
  );
}

/** AnalysisFailed: the worker's error, said as such, with Retry. */
export function AnalysisFailed({ error, onRetry, title = 'The analysis failed' }: { error: Error; onRetry: () => void; title?: string }) {
  return (
    <Alert variant="error">
      <AlertTitle>{title}</AlertTitle>
      <AlertDescription>
        <p className="break-words">{error.message}</p>
      </AlertDescription>
      <div className="mt-2">
        <Button size="sm" variant="outline" onClick={onRetry}>
          <RefreshCwIcon aria-hidden="true" />
          Retry
        </Button>
      </div>
    </Alert>
  );
}

/**
 * AnalysisContent: an analysis result once there is one. The first run shows AnalysingState; a
 * rerun (a new account after a save) keeps the previous result on screen, marked busy, and
 * `children` learns it is stale (to show AnalysingLine where it fits, and disable what must not
 * act on an outdated result); a failure shows AnalysisFailed with Retry.
 */
export function AnalysisContent<T>({
  state,
  objects,
  framed,
  children,
}: {
  state: AnalysisState<T>;
  objects: number;
  /** false inside a card: the analysing state then draws no frame of its own. */
  framed?: boolean;
  children: (value: T, stale: boolean) => ReactNode;
}) {
  if (state.error !== null) return <AnalysisFailed error={state.error} onRetry={state.retry} />;
  if (state.value === undefined) return <AnalysingState objects={objects} framed={framed} />;
  return (
    <div aria-busy={state.pending}>
      {children(state.value, state.pending)}
    </div>
  );
}
