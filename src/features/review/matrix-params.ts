import { EMPTY_MATRIX_FILTER, type MatrixFilter } from '@/domain/access/access-matrix-filter';
import { MATRIX_DESTINATION_KINDS, type MatrixDestinationKind } from '@/domain/access/access-matrix';

/**
 * matrix-params: the access matrix's filter, extra peer rows and view live in the URL, so an
 * auditor's question ("what can Contractors reach on port 22?") is a link:
 * `/review/access?source=group:<id>&kind=resource&q=22&peer=<peer id>&view=grid`. Repeated
 * parameters select several sources, kinds or peers.
 */

export type MatrixView = 'list' | 'grid';

export interface MatrixParams {
  filter: MatrixFilter;
  /** Peers shown as sources of their own (peers on demand). */
  peers: string[];
  view: MatrixView;
}

const isKind = (v: string): v is MatrixDestinationKind => (MATRIX_DESTINATION_KINDS as readonly string[]).includes(v);
const isSourceKey = (v: string): boolean => /^(group|peer):./.test(v);
const unique = <T>(xs: readonly T[]): T[] => [...new Set(xs)];

export function readMatrixParams(params: URLSearchParams): MatrixParams {
  return {
    filter: {
      sources: unique(params.getAll('source').filter(isSourceKey)),
      kinds: unique(params.getAll('kind').filter(isKind)),
      text: params.get('q') ?? '',
    },
    peers: unique(params.getAll('peer').filter((p) => p !== '')),
    view: params.get('view') === 'grid' ? 'grid' : 'list',
  };
}

/** matrixSearch: the parameters in a fixed order, without defaults, so equal states give equal links. */
export function matrixSearch(p: MatrixParams): URLSearchParams {
  const out = new URLSearchParams();
  for (const s of p.filter.sources) out.append('source', s);
  for (const k of p.filter.kinds) out.append('kind', k);
  if (p.filter.text !== '') out.set('q', p.filter.text);
  for (const peer of p.peers) out.append('peer', peer);
  if (p.view !== 'list') out.set('view', p.view);
  return out;
}

export const DEFAULT_MATRIX_PARAMS: MatrixParams = { filter: EMPTY_MATRIX_FILTER, peers: [], view: 'list' };
