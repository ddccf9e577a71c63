import type { AccountSnapshot } from '@/api/schemas';
import { seedAccount } from './account';
import { snapshotFromRecords } from './build-seed';

/** emptySnapshot: a new account as NetBird creates it: only the `All` group, no peers, nothing else. */
export function emptySnapshot(): AccountSnapshot {
  return snapshotFromRecords({
    account: seedAccount(),
    peers: [],
    groups: [{ id: 'grp-all', name: 'All', issued: 'api', peers: [], resources: [] }],
    policies: [],
    routes: [],
    networks: [],
    resources: [],
    routers: [],
    nameservers: [],
    dnsSettings: { disabled_management_groups: [] },
    setupKeys: [],
    lab: {},
  });
}
