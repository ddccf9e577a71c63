import type { AccountSnapshot } from '@/api/schemas';
import { seedAccount } from './account';
import { snapshotFromRecords } from './build-seed';
import { demoDnsSettings, demoNameservers } from './demo/dns';
import { demoGroups } from './demo/groups';
import { demoLab } from './demo/lab';
import { demoNetworks, demoResources, demoRouters } from './demo/networks';
import { demoPeers } from './demo/peers';
import { demoPolicies } from './demo/policies';
import { demoRoutes } from './demo/routes';
import { demoSetupKeys } from './demo/setup-keys';

/**
 * demoSnapshot: the demo account. It is built to show every routing-peer setup the docs describe
 * and every common pitfall (see the files in ./demo), so the review, trace and simulator pages
 * have something true to say about it. A fresh copy on every call: callers may mutate it.
 */
export function demoSnapshot(): AccountSnapshot {
  return snapshotFromRecords({
    account: seedAccount(),
    peers: demoPeers(),
    groups: demoGroups(),
    policies: demoPolicies(),
    routes: demoRoutes(),
    networks: demoNetworks(),
    resources: demoResources(),
    routers: demoRouters(),
    nameservers: demoNameservers(),
    dnsSettings: demoDnsSettings(),
    setupKeys: demoSetupKeys(),
    lab: demoLab(),
  });
}
