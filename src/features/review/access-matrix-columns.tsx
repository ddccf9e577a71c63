import type { ReactNode } from 'react';
import { Link } from '@/lib/router';
import type { ExplainCache } from '@/components/analysis';
import { refPath } from '@/components/ref-paths';
import { Badge } from '@/components/ui/badge';
import type { AccessMatrixRow } from '@/domain/access/access-matrix';
import { ExplainLink } from './access-matrix-explain-link';
import { destinationPath, grantText, KIND_TEXT, sourcePath } from './matrix-text';
import type { MatrixSortColumn } from './matrix-sort';

/** MatrixColumn: one column of the access matrix list: its header, the sort it offers (if any), and its cell. */
export interface MatrixColumn {
  id: MatrixSortColumn | 'explain';
  header: string;
  /** The column sorts by this; null: not sortable (its header is for screen readers only). */
  sort: MatrixSortColumn | null;
  cell: (row: AccessMatrixRow, explainer: ExplainCache) => ReactNode;
}

/**
 * MATRIX_COLUMNS: source, destination, protocol and ports, chain, deciding policy, and Explain,
 * each cell linking to the object it names. Texts do not wrap: a long list places its rows by
 * one fixed height (MATRIX_ROW_HEIGHT). Policy names and addresses can be long (a route's domain
 * list), so they are cut short with the whole text on hover, and Explain stays in view.
 */
export const MATRIX_COLUMNS: readonly MatrixColumn[] = [
  {
    id: 'source',
    header: 'Source',
    sort: 'source',
    cell: ({ source: s }) => (
      <div className="flex flex-col">
        <Link to={sourcePath(s)} className="whitespace-nowrap font-medium hover:underline">
          {s.name}
        </Link>
        <span className="text-xs text-muted-foreground">{s.type}</span>
      </div>
    ),
  },
  {
    id: 'destination',
    header: 'Destination',
    sort: 'destination',
    cell: ({ destination: d }) => {
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
          <span className="max-w-64 truncate text-xs text-muted-foreground" title={d.address}>
            {KIND_TEXT[d.kind].one} · <span className="font-mono">{d.address}</span>
          </span>
        </div>
      );
    },
  },
  {
    id: 'grant',
    header: 'Protocol / ports',
    sort: 'grant',
    cell: (r) => <span className="whitespace-nowrap font-mono text-xs">{grantText(r.protocol, r.ports)}</span>,
  },
  {
    id: 'chain',
    header: 'Chain',
    sort: 'chain',
    cell: (r) => <Badge variant={r.chain === 'input' ? 'info' : 'secondary'}>{r.chain}</Badge>,
  },
  {
    id: 'policy',
    header: 'Deciding policy',
    sort: 'policy',
    cell: ({ policy: p }) =>
      p === null ? (
        <span className="whitespace-nowrap text-xs text-muted-foreground">Default allow (route without ACL groups)</span>
      ) : (
        <Link to={refPath({ type: 'policy', id: p.id })} className="block max-w-64 truncate font-medium text-primary hover:underline" title={p.name}>
          {p.name}
        </Link>
      ),
  },
  {
    id: 'explain',
    header: 'Explain',
    sort: null,
    cell: (r, explainer) => <ExplainLink row={r} explainer={explainer} />,
  },
];
