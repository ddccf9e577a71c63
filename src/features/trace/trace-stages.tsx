import { CircleCheckIcon, CircleXIcon } from 'lucide-react';
import { Card, CardContent, CardHeader, CardTitle } from '@/components/ui/card';
import type { AccountIndex } from '@/domain/account';
import type { TraceResult } from '@/domain/trace';
import { cn } from '@/lib/cn';
import { LinkedMessage } from './ref-link';

/** TraceStages: each stage as `netbird debug trace` names it, passed or failed, with its objects linked. */
export function TraceStages({ index, result }: { index: AccountIndex; result: TraceResult }) {
  return (
    <Card aria-label="Stages">
      <CardHeader>
        <CardTitle>Stages</CardTitle>
      </CardHeader>
      <CardContent>
        <ol className="flex flex-col">
          {result.stages.map((s, i) => (
            <li key={i} className="relative flex gap-3 pb-4 last:pb-0">
              {i < result.stages.length - 1 ? <span aria-hidden="true" className="absolute left-[9px] top-6 bottom-0 w-px bg-border" /> : null}
              {s.allowed ? (
                <CircleCheckIcon className="mt-0.5 size-5 shrink-0 bg-card text-success" aria-hidden="true" />
              ) : (
                <CircleXIcon className="mt-0.5 size-5 shrink-0 bg-card text-destructive" aria-hidden="true" />
              )}
              <div className="flex min-w-0 flex-col gap-0.5">
                <span className={cn('text-sm font-semibold', !s.allowed && 'text-destructive')}>
                  {s.stage}
                  <span className="sr-only">{s.allowed ? ' (passed)' : ' (failed)'}</span>
                </span>
                <p className="break-words text-sm leading-relaxed text-muted-foreground">
                  <LinkedMessage index={index} message={s.message} />
                </p>
              </div>
            </li>
          ))}
        </ol>
      </CardContent>
    </Card>
  );
}
