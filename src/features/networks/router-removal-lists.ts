import type { AccountSnapshot } from '@/api';
import type { AffectedList } from '@/components/form';
import { buildAccountIndex } from '@/domain/account';
import { withoutRouter } from '@/domain/draft/router';
import { defaultDenyReport } from '@/domain/rules/editor/default-deny';
import { carryingRows, networkHaView } from '@/domain/routing/ha-view';
import type { Snapshot } from '@/domain/snapshot';

/**
 * routerRemovalLists: what removing routers leaves behind, ranked again without them: who carries
 * the traffic afterwards, and which resources nobody could reach any more.
 */
export function routerRemovalLists(snapshot: AccountSnapshot, networkId: string, routerIds: readonly string[]): AffectedList[] {
  let after: Snapshot = snapshot;
  for (const id of routerIds) after = withoutRouter(after, networkId, id);
  const index = buildAccountIndex(after);
  const carrying = carryingRows(networkHaView(index, networkId)).map((r) => `${r.name} (${r.label})`);
  const stranded = defaultDenyReport(index, networkId)
    .unreachable.filter((r) => r.reasons.includes('no-routing-peer'))
    .map((r) => `${r.name} (${r.address})`);
  return [
    { label: 'Routing peers carrying traffic afterwards', items: carrying },
    { label: 'Resources nobody can reach afterwards', items: stranded },
  ];
}
