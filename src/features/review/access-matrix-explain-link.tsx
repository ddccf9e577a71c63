import { WaypointsIcon } from 'lucide-react';
import { Link } from '@/lib/router';
import { useExplainPair, type ExplainCache } from '@/components/analysis';
import { Button, buttonVariants } from '@/components/ui/button';
import type { AccessMatrixRow } from '@/domain/access/access-matrix';
import { traceHref } from './trace-link';

/** ExplainLink: the list's Explain: opens the trace of the row's pair, once the worker has it. */
export function ExplainLink({ row, explainer }: { row: AccessMatrixRow; explainer: ExplainCache }) {
  const pair = useExplainPair(explainer, row);
  const label = `Explain ${row.source.name} to ${row.destination.name}`;
  if (pair === undefined) {
    // the trace is on its way from the analysis worker
    return (
      <Button variant="outline" size="sm" disabled aria-label={label} title={label}>
        <WaypointsIcon aria-hidden="true" /> Explain
      </Button>
    );
  }
  if (!pair.ok) {
    return (
      <span className="text-xs text-muted-foreground" title={pair.error}>
        Cannot trace: {pair.error}
      </span>
    );
  }
  return (
    <Link to={traceHref(pair.value)} aria-label={label} title={label} className={buttonVariants({ variant: 'outline', size: 'sm' })}>
      <WaypointsIcon aria-hidden="true" /> Explain
    </Link>
  );
}
