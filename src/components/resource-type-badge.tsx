import { BoxIcon, GlobeIcon, NetworkIcon, AsteriskIcon } from 'lucide-react';
import type { NetworkResource } from '@/api';
import { Badge } from './ui/badge';

/** What the console shows as a resource's kind: NetBird's type, with wildcard domains told apart. */
export type ResourceKindLabel = 'host' | 'subnet' | 'domain' | 'wildcard';

export function resourceKindOf(resource: Pick<NetworkResource, 'type' | 'address'>): ResourceKindLabel {
  switch (resource.type) {
    case 'host':
      return 'host';
    case 'subnet':
      return 'subnet';
    case 'domain':
      return resource.address.startsWith('*.') ? 'wildcard' : 'domain';
  }
}

const ICONS = { host: BoxIcon, subnet: NetworkIcon, domain: GlobeIcon, wildcard: AsteriskIcon } as const;
const VARIANTS = { host: 'secondary', subnet: 'info', domain: 'success', wildcard: 'warning' } as const;

/** ResourceTypeBadge: host / subnet / domain / wildcard, by icon and word. */
export function ResourceTypeBadge({ resource }: { resource: Pick<NetworkResource, 'type' | 'address'> }) {
  const kind = resourceKindOf(resource);
  const Icon = ICONS[kind];
  return (
    <Badge variant={VARIANTS[kind]}>
      <Icon aria-hidden="true" />
      {kind}
    </Badge>
  );
}
