import type { MatrixSource } from '@/domain/access/access-matrix';
import { sourceKey } from '@/domain/access/access-matrix-filter';
import type { MatrixParams } from './matrix-params';
import { KIND_TEXT } from './matrix-text';

/**
 * filterDescription: the matrix filter in words for an export ("sources: Engineers, alice; types:
 * Resources; search: 22"), so evidence says what it covers; null for the whole matrix.
 */
export function filterDescription(params: MatrixParams, sources: readonly MatrixSource[], peers: readonly { id: string; name: string }[]): string | null {
  const names = new Map(sources.map((s) => [sourceKey(s), s.name]));
  const peerNames = new Map(peers.map((p) => [p.id, p.name]));
  const parts: string[] = [];
  const { filter } = params;
  if (filter.sources.length > 0) parts.push(`sources: ${filter.sources.map((k) => names.get(k) ?? k).join(', ')}`);
  if (filter.kinds.length > 0) parts.push(`types: ${filter.kinds.map((k) => KIND_TEXT[k].many).join(', ')}`);
  if (filter.text.trim() !== '') parts.push(`search: ${filter.text.trim()}`);
  if (params.peers.length > 0) parts.push(`peer rows: ${params.peers.map((id) => peerNames.get(id) ?? id).join(', ')}`);
  return parts.length === 0 ? null : parts.join('; ');
}
