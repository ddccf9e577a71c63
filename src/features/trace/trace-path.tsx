import { ArrowRightIcon, XIcon } from 'lucide-react';
import { Fragment } from 'react';
import { Card, CardContent, CardHeader, CardTitle } from '@/components/ui/card';
import type { AccountIndex } from '@/domain/account';
import type { TraceQuery, TraceResult, TraceRoutingChoice } from '@/domain/trace';
import { cn } from '@/lib/cn';
import { tracePathView, type PathNode } from './path-nodes';
import { RefLink } from './ref-link';

function Hop({ index, node, unreached }: { index: AccountIndex; node: PathNode; unreached: boolean }) {
  return (
    <li className={cn('flex min-w-40 flex-1 flex-col gap-0.5 rounded-md border bg-background px-3 py-2', unreached && 'border-dashed opacity-60')}>
      <span className="text-xs uppercase tracking-wide text-muted-foreground">{node.role}</span>
      {node.target !== null ? (
        <RefLink index={index} target={node.target} className="truncate">
          {node.title}
        </RefLink>
      ) : (
        <span className="truncate font-medium">{node.title}</span>
      )}
      {node.detail !== '' ? <span className="truncate font-mono text-xs text-muted-foreground">{node.detail}</span> : null}
    </li>
  );
}

/** TracePath: the hops of the packet, with the one where it was dropped crossed out. */
export function TracePath({ index, query, result, choice }: { index: AccountIndex; query: TraceQuery; result: TraceResult; choice: TraceRoutingChoice | null }) {
  const view = tracePathView(index, query, result, choice);
  return (
    <Card aria-label="Path">
      <CardHeader>
        <CardTitle>Path</CardTitle>
      </CardHeader>
      <CardContent>
        <ol className="flex flex-col items-stretch gap-2 sm:flex-row sm:items-center">
          {view.nodes.map((node, i) => (
            <Fragment key={i}>
              {i > 0 ? (
                <li aria-hidden={view.dropped_at !== i - 1} className="flex shrink-0 items-center justify-center">
                  {view.dropped_at === i - 1 ? (
                    <span className="flex items-center gap-1 text-xs font-medium text-destructive">
                      <XIcon className="size-4" aria-hidden="true" />
                      dropped
                    </span>
                  ) : (
                    <ArrowRightIcon className="size-4 rotate-90 text-muted-foreground sm:rotate-0" aria-hidden="true" />
                  )}
                </li>
              ) : null}
              <Hop index={index} node={node} unreached={view.dropped_at !== null && i > view.dropped_at} />
            </Fragment>
          ))}
        </ol>
      </CardContent>
    </Card>
  );
}
