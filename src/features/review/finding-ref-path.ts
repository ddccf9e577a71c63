import { refPath } from '@/components/ref-paths';
import type { NamedRef } from '@/domain/review/named-ref';

/**
 * findingRefPath: the page of an object a finding names, or null when it has none (the account
 * settings) or the account no longer has it. Objects the Trace page also links go through the
 * shared ref-paths, so both pages agree on where an object lives.
 */
export function findingRefPath(ref: NamedRef): string | null {
  if (!ref.known) return null;
  switch (ref.type) {
    case 'peer':
    case 'policy':
    case 'group':
    case 'network':
      return refPath({ type: ref.type, id: ref.id });
    case 'resource':
    case 'router':
      return ref.networkId === null ? null : refPath({ type: ref.type, id: ref.id, network_id: ref.networkId });
    case 'route':
      return refPath({ type: ref.exitNode ? 'exit-node' : 'route', id: ref.id });
    case 'nameserver_group':
      return `/dns/nameservers/${encodeURIComponent(ref.id)}`;
    case 'account':
      return null;
  }
}
