import type { AccountIndex } from '@/domain/account';
import { pathRef, type TraceRef } from './trace-ref';
import type { TraceResult } from './trace-result';

/**
 * fix-targets: where an admin goes to apply suggestFix's advice: the object to change, or the
 * area to add a new one in (a policy, a resource, a nameserver group). Kept next to suggestFix
 * so the advice and its links change together.
 */
export type FixTarget = { kind: 'object'; ref: TraceRef } | { kind: 'area'; area: 'policies' | 'networks' | 'dns' };

const obj = (ref: TraceRef | null): FixTarget[] => (ref === null ? [] : [{ kind: 'object', ref }]);
const area = (a: 'policies' | 'networks' | 'dns'): FixTarget => ({ kind: 'area', area: a });

/** fixTargets: the places to fix a denied trace, most direct first; [] for an allowed one. */
export function fixTargets(index: AccountIndex, result: TraceResult): FixTarget[] {
  const dest = pathRef(index, result.path);
  const routingPeer: TraceRef | null = result.routing_peer === null ? null : { type: 'peer', id: result.routing_peer };
  switch (result.reason) {
    case 'allowed':
      return [];
    case 'no-route':
      return [area('networks')];
    case 'no-policy':
      // A new policy; then the object it must name: the resource, the routing peer (input chain) or the peer.
      return [area('policies'), ...obj(result.chain === 'input' && result.path.kind !== 'peer' ? routingPeer : dest)];
    case 'policy-drop':
      return result.policy === null ? [area('policies')] : [{ kind: 'object', ref: { type: 'policy', id: result.policy } }];
    case 'no-peer-connection':
      return [area('policies'), ...obj(dest)];
    case 'routing-peer-unavailable': {
      const network = result.path.kind === 'network-resource' && result.path.network_id !== null ? ({ type: 'network', id: result.path.network_id } as const) : null;
      return obj(network ?? dest);
    }
    case 'ipv6-blocked':
      return [area('networks'), ...obj(dest)];
    case 'dns-unresolved':
      return [area('dns')];
    case 'peer-offline':
      return obj(dest);
  }
}
