import type { AccountIndex } from '@/domain/account';

/**
 * group-routing-peers: the groups that make their members routing peers: peer groups of network
 * routers and of legacy routes. A setup key whose auto groups include one enrolls each new
 * headless server straight into that role, which is why the setup key editor offers these first
 * in its "routing peer key" preset.
 */
export function routingPeerGroupIds(index: AccountIndex): string[] {
  const ids = new Set<string>();
  for (const r of index.routers.values()) for (const g of r.peer_groups ?? []) ids.add(g);
  for (const r of index.snapshot.routes) for (const g of r.peer_groups ?? []) ids.add(g);
  return [...ids].filter((g) => index.groups.has(g));
}
