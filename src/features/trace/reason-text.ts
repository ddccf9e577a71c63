import { assertNever } from '@/domain/assert-never';
import type { TraceChain, TracePathKind, TraceReason } from '@/domain/trace';

/** reasonText: a trace's reason in words, for the verdict headline. */
export function reasonText(reason: TraceReason): string {
  switch (reason) {
    case 'allowed':
      return 'The packet reaches its destination';
    case 'no-route':
      return 'No route covers the destination';
    case 'no-policy':
      return 'No policy allows this packet';
    case 'policy-drop':
      return 'A drop rule blocks this packet';
    case 'no-peer-connection':
      return 'The client never connects to the routing peer';
    case 'routing-peer-unavailable':
      return 'No routing peer is available';
    case 'ipv6-blocked':
      return 'The exit node blocks IPv6';
    case 'dns-unresolved':
      return 'The name does not resolve';
    case 'peer-offline':
      return 'The destination peer is offline';
    default:
      return assertNever(reason);
  }
}

export function pathKindText(kind: TracePathKind): string {
  switch (kind) {
    case 'peer':
      return 'Peer to peer';
    case 'network-resource':
      return 'Network resource';
    case 'network-route':
      return 'Network route';
    case 'exit-node':
      return 'Exit node';
    case 'none':
      return 'No route';
    default:
      return assertNever(kind);
  }
}

export function chainText(chain: TraceChain): string {
  switch (chain) {
    case 'input':
      return "Input: the peer's own address, decided by peer-to-peer policies";
    case 'forward':
      return 'Forward: routed on to the network behind the routing peer';
    default:
      return assertNever(chain);
  }
}
