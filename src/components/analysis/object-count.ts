import type { Snapshot } from '@/domain/snapshot';

const sum = (lists: Readonly<Record<string, readonly unknown[]>>): number => Object.values(lists).reduce((n, list) => n + list.length, 0);

/** objectCount: how many objects an analysis of the account reads, for "Analysing N objects…". */
export function objectCount(s: Snapshot): number {
  return (
    s.peers.length +
    s.groups.length +
    s.policies.length +
    s.routes.length +
    s.networks.length +
    sum(s.network_resources) +
    sum(s.network_routers) +
    s.nameservers.length +
    s.setup_keys.length
  );
}
