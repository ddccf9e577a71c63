import { describe, expect, it } from 'vitest';
import { buildAccountIndex, type AccountIndex } from '@/domain/account';
import { generateAccount } from '@/domain/generate';
import { receivedRoutes } from '@/domain/routing/route-lookup';
import type { Snapshot } from '@/domain/snapshot';
import { officeAccount } from '@/domain/testing/office-account';
import { labAccount } from './testing/lab-account';
import { receivedExitNode, receivedNetworks, receivedRouteSets } from './received';

/** The indexed reception of ./received.ts must say exactly what route-lookup's receivedRoutes says. */
function viaReceivedRoutes(index: AccountIndex, peer: string) {
  const networks = new Set<string>();
  const sets = new Map<string, string[]>();
  let exit: string | null = null;
  for (const r of receivedRoutes(index, peer)) {
    if (r.kind === 'network-resource') networks.add(r.resource.network_id);
    else if (r.kind === 'network-route') sets.set(r.route.network_id, [...(sets.get(r.route.network_id) ?? []), r.route.id]);
    else if (r.active) exit = r.route.network_id;
  }
  return { networks: [...networks].sort(), sets: [...sets].sort(), exit };
}

function viaReceived(index: AccountIndex, peer: string) {
  return {
    networks: receivedNetworks(index, peer).sort(),
    sets: [...receivedRouteSets(index, peer)].map(([k, routes]) => [k, routes.map((r) => r.id)] as [string, string[]]).sort(),
    exit: receivedExitNode(index, peer)?.key ?? null,
  };
}

describe('received', () => {
  it('matches receivedRoutes for every peer of the small accounts', () => {
    for (const account of [labAccount(), officeAccount()]) {
      const index = buildAccountIndex(account);
      for (const p of index.snapshot.peers) expect(viaReceived(index, p.id), p.name).toEqual(viaReceivedRoutes(index, p.id));
    }
  });

  it('matches receivedRoutes on a generated account', () => {
    const index = buildAccountIndex(generateAccount({ size: 'S' }) as unknown as Snapshot);
    const peers = index.snapshot.peers.filter((_, i) => i % 3 === 0);
    expect(peers.length).toBeGreaterThan(10);
    for (const p of peers) expect(viaReceived(index, p.id), p.name).toEqual(viaReceivedRoutes(index, p.id));
  });
});
