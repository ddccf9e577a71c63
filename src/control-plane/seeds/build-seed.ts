import type { AccountSnapshot, DnsSettings, Lab } from '@/api/schemas';
import { snapshotFromState } from '../store/snapshot';
import type {
  AccountRecord,
  GroupRecord,
  NameserverGroupRecord,
  NetworkRecord,
  PeerRecord,
  PolicyRecord,
  ResourceRecord,
  RouteRecord,
  RouterRecord,
  SetupKeyRecord,
} from '../store/state';

/** The moment seeds are exported at: fixed, so a seed is the same snapshot on every call. */
export const SEED_TIME = new Date('2026-01-15T10:00:00Z');

export interface SeedRecords {
  account: AccountRecord;
  peers: PeerRecord[];
  groups: GroupRecord[];
  policies: PolicyRecord[];
  routes: RouteRecord[];
  networks: NetworkRecord[];
  resources: ResourceRecord[];
  routers: RouterRecord[];
  nameservers: NameserverGroupRecord[];
  dnsSettings: DnsSettings;
  setupKeys: SetupKeyRecord[];
  lab: Lab;
}

/**
 * snapshotFromRecords: seeds are written as store records (membership once, on the group) and
 * turned into API values by the same serializers that answer requests, so every derived field
 * (a peer's groups, counts, a resource's type, a network's routers) is exactly what GET returns.
 */
export function snapshotFromRecords(r: SeedRecords): AccountSnapshot {
  const byId = <T extends { id: string }>(items: T[]) => new Map(items.map((i) => [i.id, i]));
  return snapshotFromState(
    {
      account: r.account,
      peers: byId(r.peers),
      groups: byId(r.groups),
      policies: byId(r.policies),
      routes: byId(r.routes),
      networks: byId(r.networks),
      resources: byId(r.resources),
      routers: byId(r.routers),
      nameservers: byId(r.nameservers),
      dnsSettings: r.dnsSettings,
      setupKeys: byId(r.setupKeys),
      lab: r.lab,
    },
    SEED_TIME,
  );
}
