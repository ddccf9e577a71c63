import { createColumnHelper } from '@tanstack/react-table';
import { WaypointsIcon } from 'lucide-react';
import { useMemo } from 'react';
import { Link } from '@/lib/router';
import { DataTable } from '@/components/data-table/data-table';
import { refPath } from '@/components/ref-paths';
import { Badge } from '@/components/ui/badge';
import { Button, buttonVariants } from '@/components/ui/button';
import { useExplainPair, type ExplainCache } from '@/components/analysis';
import type { AccessMatrixRow } from '@/domain/access/access-matrix';
import { destinationPath, grantText, KIND_TEXT, sourcePath } from './matrix-text';
import { traceHref } from './trace-link';

const col = createColumnHelper<AccessMatrixRow>();

function ExplainLink({ row, explainer }: { row: AccessMatrixRow; explainer: ExplainCache }) {
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

function columns(explainer: ExplainCache) {
  return [
    col.accessor((r) => r.source.name, {
      id: 'source',
      header: 'Source',
      cell: (c) => {
        const s = c.row.original.source;
        return (
          <div className="flex flex-col">
            <Link to={sourcePath(s)} className="whitespace-nowrap font-medium hover:underline">
              {s.name}
            </Link>
            <span className="text-xs text-muted-foreground">{s.type}</span>
          </div>
        );
      },
    }),
    col.accessor((r) => r.destination.name, {
      id: 'destination',
      header: 'Destination',
      cell: (c) => {
        const d = c.row.original.destination;
        const path = destinationPath(d);
        return (
          <div className="flex flex-col">
            {path === null ? (
              <span className="font-medium">{d.name}</span>
            ) : (
              <Link to={path} className="whitespace-nowrap font-medium hover:underline">
                {d.name}
              </Link>
            )}
            <span className="text-xs text-muted-foreground">
              {KIND_TEXT[d.kind].one} · <span className="font-mono">{d.address}</span>
            </span>
          </div>
        );
      },
    }),
    col.accessor((r) => grantText(r.protocol, r.ports), {
      id: 'grant',
      header: 'Protocol / ports',
      cell: (c) => <span className="whitespace-nowrap font-mono text-xs">{c.getValue()}</span>,
    }),
    col.accessor((r) => r.chain, {
      id: 'chain',
      header: 'Chain',
      cell: (c) => <Badge variant={c.getValue() === 'input' ? 'info' : 'secondary'}>{c.getValue()}</Badge>,
    }),
    col.accessor((r) => r.policy?.name ?? '', {
      id: 'policy',
      header: 'Deciding policy',
      cell: (c) => {
        const p = c.row.original.policy;
        return p === null ? (
          <span className="text-xs text-muted-foreground">Default allow (route without ACL groups)</span>
        ) : (
          <Link to={refPath({ type: 'policy', id: p.id })} className="font-medium text-primary hover:underline">
            {p.name}
          </Link>
        );
      },
    }),
    col.display({
      id: 'explain',
      header: () => <span className="sr-only">Explain</span>,
      cell: (c) => <ExplainLink row={c.row.original} explainer={explainer} />,
    }),
  ];
}

/**
 * AccessMatrixTable: one row per access entry (source, destination, protocol and ports, chain,
 * deciding policy) with Explain opening the trace of that pair. Long lists scroll virtually.
 */
export function AccessMatrixTable({ rows, explainer }: { rows: readonly AccessMatrixRow[]; explainer: ExplainCache }) {
  const cols = useMemo(() => columns(explainer), [explainer]);
  return <DataTable columns={cols} data={rows} label="Access matrix" getRowId={(r) => r.key} noMatchText="No access matches this filter." />;
}
