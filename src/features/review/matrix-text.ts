import { refPath } from '@/components/ref-paths';
import type { MatrixDestination, MatrixDestinationKind, MatrixSource } from '@/domain/access/access-matrix';

/**
 * matrix-text: how the access matrix names kinds and where its objects live, said once for the
 * list, the grid and the filters.
 */

export const KIND_TEXT: Record<MatrixDestinationKind, { one: string; many: string }> = {
  resource: { one: 'resource', many: 'Resources' },
  'routing-peer': { one: 'routing peer', many: "Routing peers' own services" },
  peer: { one: 'peer', many: 'Other peers' },
  route: { one: 'network route', many: 'Network routes' },
  'exit-node': { one: 'exit node', many: 'Exit nodes' },
};

export function destinationPath(d: MatrixDestination): string | null {
  switch (d.kind) {
    case 'resource':
      return d.networkId === null ? null : refPath({ type: 'resource', id: d.id, network_id: d.networkId });
    case 'routing-peer':
    case 'peer':
      return refPath({ type: 'peer', id: d.id });
    case 'route':
      return refPath({ type: 'route', id: d.id });
    case 'exit-node':
      return refPath({ type: 'exit-node', id: d.id });
  }
}

export const sourcePath = (s: MatrixSource): string => refPath({ type: s.type, id: s.id });

/** grantText: "tcp 22, 443", "icmp", "all": what the cell allows. */
export function grantText(protocol: string, ports: readonly string[]): string {
  return ports.length === 0 ? protocol : `${protocol} ${ports.join(', ')}`;
}
