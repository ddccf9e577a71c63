import { DownloadIcon, Grid3x3Icon, ListIcon } from 'lucide-react';
import { useDeferredValue, useMemo } from 'react';
import { AnalysingLine } from '@/components/analysis';
import { downloadFile } from '@/components/download-file';
import { Button } from '@/components/ui/button';
import { accessMatrixCsv, accessMatrixJson } from '@/domain/access/access-matrix-export';
import { filterMatrix } from '@/domain/access/access-matrix-filter';
import { AccessMatrixFilters } from './access-matrix-filters';
import { AccessMatrixGrid } from './access-matrix-grid';
import { AccessMatrixList } from './access-matrix-list';
import { filterDescription } from './filter-description';
import type { MatrixParams, MatrixView } from './matrix-params';
import type { AccessMatrixData } from './use-access-matrix';

const VIEWS: readonly { view: MatrixView; label: string; icon: typeof ListIcon }[] = [
  { view: 'list', label: 'List', icon: ListIcon },
  { view: 'grid', label: 'Grid', icon: Grid3x3Icon },
];

interface AccessMatrixViewProps {
  data: AccessMatrixData;
  /** A newer matrix (other peers, a new snapshot) is being computed; this one stays until then. */
  stale: boolean;
  objects: number;
  params: MatrixParams;
  update: (change: (p: MatrixParams) => MatrixParams) => void;
}

/**
 * AccessMatrixView: one computed matrix, filtered and exported as the admin sees it (the export
 * is the evidence of exactly this view).
 */
export function AccessMatrixView({ data: { snapshot, matrix, explainer }, stale, objects, params, update }: AccessMatrixViewProps) {
  // Typing stays responsive on big matrices: the rows follow the filter when React has time.
  const filter = useDeferredValue(params.filter);
  const rows = useMemo(() => filterMatrix(matrix.rows, filter), [matrix.rows, filter]);

  const exportAs = (format: 'csv' | 'json') => {
    const generatedAt = new Date().toISOString();
    const name = `access-matrix-${snapshot.account.id}-${generatedAt.slice(0, 10)}.${format}`;
    if (format === 'csv') downloadFile(name, accessMatrixCsv(rows), 'text/csv;charset=utf-8');
    else downloadFile(name, accessMatrixJson(rows, { accountId: snapshot.account.id, generatedAt, filter: filterDescription(params, matrix.sources, snapshot.peers) }), 'application/json');
  };

  return (
    <div className="flex flex-col gap-4">
      <AccessMatrixFilters params={params} sources={matrix.sources} peers={snapshot.peers} onChange={update} />
      <div className="flex flex-wrap items-center gap-3 border-t pt-4">
        {stale ? (
          <AnalysingLine objects={objects} />
        ) : (
          <p className="text-sm text-muted-foreground" aria-live="polite">
            {rows.length === matrix.rows.length ? `${rows.length} entries` : `${rows.length} of ${matrix.rows.length} entries`}
          </p>
        )}
        <div role="group" aria-label="View" className="inline-flex rounded-md border p-0.5">
          {VIEWS.map(({ view, label, icon: Icon }) => (
            <Button key={view} size="sm" variant={params.view === view ? 'secondary' : 'ghost'} aria-pressed={params.view === view} onClick={() => update((p) => ({ ...p, view }))}>
              <Icon aria-hidden="true" /> {label}
            </Button>
          ))}
        </div>
        <div className="ml-auto flex gap-2">
          <Button size="sm" variant="outline" onClick={() => exportAs('csv')} disabled={stale || rows.length === 0}>
            <DownloadIcon aria-hidden="true" /> Export CSV
          </Button>
          <Button size="sm" variant="outline" onClick={() => exportAs('json')} disabled={stale || rows.length === 0}>
            <DownloadIcon aria-hidden="true" /> Export JSON
          </Button>
        </div>
      </div>
      {params.view === 'grid' ? <AccessMatrixGrid rows={rows} explainer={explainer} /> : <AccessMatrixList rows={rows} explainer={explainer} />}
    </div>
  );
}
