import { WaypointsIcon } from 'lucide-react';
import { useMemo } from 'react';
import { Link } from '@/lib/router';
import { useExplainPair, type ExplainCache } from '@/components/analysis';
import { refPath } from '@/components/ref-paths';
import { Alert, AlertDescription, AlertTitle } from '@/components/ui/alert';
import type { AccessMatrixRow } from '@/domain/access/access-matrix';
import { GRID_MAX_DESTINATIONS, GRID_MAX_SOURCES, pivotMatrix } from './matrix-pivot';
import { destinationPath, grantText, KIND_TEXT, sourcePath } from './matrix-text';
import { traceHref } from './trace-link';

/** ExplainIcon: the grid's compact Explain: an icon link to the trace of the entry. */
function ExplainIcon({ row, explainer }: { row: AccessMatrixRow; explainer: ExplainCache }) {
  const pair = useExplainPair(explainer, row);
  if (pair === undefined) {
    // the trace is on its way from the analysis worker: hold the icon's place
    return (
      <span className="p-0.5 text-muted-foreground/40 [&_svg]:size-3.5">
        <WaypointsIcon aria-hidden="true" />
      </span>
    );
  }
  if (!pair.ok) return null;
  const label = `Explain ${row.source.name} to ${row.destination.name}`;
  return (
    <Link to={traceHref(pair.value)} aria-label={label} title={label} className="rounded-sm p-0.5 text-muted-foreground hover:bg-accent hover:text-foreground [&_svg]:size-3.5">
      <WaypointsIcon aria-hidden="true" />
    </Link>
  );
}

function Cell({ rows, explainer }: { rows: readonly AccessMatrixRow[] | undefined; explainer: ExplainCache }) {
  if (rows === undefined) {
    return (
      <span className="text-muted-foreground/60">
        <span aria-hidden="true">·</span>
        <span className="sr-only">no access</span>
      </span>
    );
  }
  return (
    <ul className="flex flex-col gap-1">
      {rows.map((r) => (
        <li key={r.key} className="flex flex-col">
          <span className="flex items-center gap-1 whitespace-nowrap font-mono text-xs">
            {grantText(r.protocol, r.ports)} <span className="text-muted-foreground">({r.chain})</span>
            <ExplainIcon row={r} explainer={explainer} />
          </span>
          {r.policy === null ? (
            <span className="text-xs text-muted-foreground">default allow</span>
          ) : (
            <Link to={refPath({ type: 'policy', id: r.policy.id })} className="truncate text-xs text-primary hover:underline" title={`Deciding policy: ${r.policy.name}`}>
              {r.policy.name}
            </Link>
          )}
        </li>
      ))}
    </ul>
  );
}

/**
 * AccessMatrixGrid: sources down, destinations across; each cell lists what the source may send
 * there (protocol and ports, chain), the policy that says so, and a link to the trace that shows
 * it. Only for matrices that fit.
 */
export function AccessMatrixGrid({ rows, explainer }: { rows: readonly AccessMatrixRow[]; explainer: ExplainCache }) {
  // Once per filtered matrix, not per render: on an XL account it reads all ~200,000 rows.
  const result = useMemo(() => pivotMatrix(rows), [rows]);
  if (result.kind === 'too-large') {
    return (
      <Alert variant="info">
        <AlertTitle>Too large for a grid</AlertTitle>
        <AlertDescription>
          <p>
            This selection has {result.sources} sources and {result.destinations} destinations; the grid shows up to {GRID_MAX_SOURCES} × {GRID_MAX_DESTINATIONS}. Narrow the filter, or use the
            list.
          </p>
        </AlertDescription>
      </Alert>
    );
  }
  const { sources, destinations, cells } = result.pivot;
  if (sources.length === 0) return <p className="rounded-lg border bg-card px-4 py-8 text-center text-sm text-muted-foreground">No access matches this filter.</p>;
  return (
    <div className="max-h-[75vh] overflow-auto rounded-lg border bg-card">
      <table aria-label="Access grid" className="border-collapse text-sm">
        <thead className="sticky top-0 z-10 bg-card">
          <tr>
            <th scope="col" className="sticky left-0 z-20 border-b border-r bg-muted px-3 py-2 text-left text-xs font-medium uppercase tracking-wide text-muted-foreground">
              Source \ destination
            </th>
            {destinations.map((d) => {
              const path = destinationPath(d);
              return (
                <th key={`${d.kind}:${d.id}`} scope="col" className="min-w-36 border-b bg-muted px-3 py-2 text-left align-bottom font-medium">
                  <span className="block text-[0.7rem] font-normal uppercase tracking-wide text-muted-foreground">{KIND_TEXT[d.kind].one}</span>
                  {path === null ? (
                    d.name
                  ) : (
                    <Link to={path} className="hover:underline">
                      {d.name}
                    </Link>
                  )}
                </th>
              );
            })}
          </tr>
        </thead>
        <tbody>
          {sources.map((s, si) => (
            <tr key={`${s.type}:${s.id}`} className="border-b last:border-0">
              <th scope="row" className="sticky left-0 z-[5] border-r bg-card px-3 py-2 text-left align-top font-medium">
                <Link to={sourcePath(s)} className="whitespace-nowrap hover:underline">
                  {s.name}
                </Link>
                <span className="block text-xs font-normal text-muted-foreground">{s.type}</span>
              </th>
              {destinations.map((d, di) => (
                <td key={`${d.kind}:${d.id}`} className="border-l px-3 py-2 align-top">
                  <Cell rows={cells.get(`${si}:${di}`)} explainer={explainer} />
                </td>
              ))}
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
