import { CircleCheckIcon, CircleXIcon, Trash2Icon } from 'lucide-react';
import { Link } from '@/lib/router';
import { testPairText, traceHref } from '@/components/reachability-tests/trace-href';
import { Badge } from '@/components/ui/badge';
import { Button } from '@/components/ui/button';
import { Table, TableBody, TableCell, TableHead, TableHeader, TableRow } from '@/components/ui/table';
import type { ReachabilityTest } from '@/domain/reachability/reachability-test';
import type { ReachabilityOutcome } from '@/domain/reachability/run-tests';

function Result({ outcome }: { outcome: ReachabilityOutcome | undefined }) {
  if (outcome === undefined) return <span className="text-sm text-muted-foreground">Not run</span>;
  return (
    <div className="flex flex-col gap-1">
      <span className="flex flex-wrap items-center gap-2">
        <Badge variant={outcome.passed ? 'success' : 'destructive'}>
          {outcome.passed ? <CircleCheckIcon aria-hidden="true" /> : <CircleXIcon aria-hidden="true" />}
          {outcome.passed ? 'Passed' : 'Failed'}
        </Badge>
        <span className="text-xs text-muted-foreground">got {outcome.actual === 'error' ? 'an error' : outcome.actual}</span>
      </span>
      <span className="text-xs text-muted-foreground">{outcome.reason}</span>
    </div>
  );
}

/**
 * TestsTable: the saved tests with their last run: pass or fail, the trace's reason, and a link
 * to the Trace page for the same packet.
 */
export function TestsTable({
  tests,
  outcomes,
  onRemove,
}: {
  tests: readonly ReachabilityTest[];
  /** The last run's outcomes by test name; a test added since shows "Not run". */
  outcomes: ReadonlyMap<string, ReachabilityOutcome> | null;
  onRemove: (name: string) => void;
}) {
  return (
    <div className="overflow-x-auto rounded-lg border bg-card">
      <Table aria-label="Saved reachability tests">
        <TableHeader>
          <TableRow>
            <TableHead>Name</TableHead>
            <TableHead>Packet</TableHead>
            <TableHead>Expect</TableHead>
            <TableHead className="min-w-72">Result</TableHead>
            <TableHead>
              <span className="sr-only">Actions</span>
            </TableHead>
          </TableRow>
        </TableHeader>
        <TableBody>
          {tests.map((t) => {
            const outcome = outcomes?.get(t.name);
            return (
              <TableRow key={t.name}>
                <TableCell className="font-medium">{t.name}</TableCell>
                <TableCell className="font-mono text-xs">{testPairText(t)}</TableCell>
                <TableCell>
                  <Badge variant="outline">{t.expect}</Badge>
                </TableCell>
                <TableCell className="whitespace-normal">
                  <Result outcome={outcome} />
                </TableCell>
                <TableCell>
                  <div className="flex items-center justify-end gap-1">
                    <Button variant="ghost" size="sm" asChild>
                      <Link to={traceHref(t)} aria-label={`Trace ${t.name}`}>
                        Trace
                      </Link>
                    </Button>
                    <Button variant="ghost" size="icon-sm" aria-label={`Delete test ${t.name}`} onClick={() => onRemove(t.name)}>
                      <Trash2Icon aria-hidden="true" />
                    </Button>
                  </div>
                </TableCell>
              </TableRow>
            );
          })}
        </TableBody>
      </Table>
    </div>
  );
}
