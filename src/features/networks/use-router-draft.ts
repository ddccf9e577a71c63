import { useMemo } from 'react';
import type { AccountSnapshot } from '@/api';
import { buildAccountIndex } from '@/domain/account';
import { applyRouterDraft, DRAFT_ROUTER_ID } from '@/domain/draft/router';
import type { RouterMasqueradeState } from '@/domain/rules/editor/router-masquerade';
import { networkHaView, type HaRow } from '@/domain/routing/ha-view';
import type { Snapshot } from '@/domain/snapshot';
import { DEFAULT_ROUTER_METRIC, routerDraftState, toRouterRequest, type RouterFormValues } from './router-form-schema';

/**
 * useRouterDraft: the routing-peer form's live view of "the network after this save": the
 * masquerade facts, where this router's peers would rank, and the account itself (for the access
 * diff).
 */
export function useRouterDraft(
  snapshot: AccountSnapshot,
  networkId: string,
  routerId: string | undefined,
  values: RouterFormValues,
): { state: RouterMasqueradeState; position: HaRow[]; after: Snapshot } {
  const { kind, peer, peer_groups, metric, masquerade, enabled } = values;
  return useMemo(() => {
    const v: RouterFormValues = { kind, peer, peer_groups, metric, masquerade, enabled };
    const id = routerId ?? DRAFT_ROUTER_ID;
    const after = applyRouterDraft(snapshot, networkId, { id, ...toRouterRequest(v), metric: Number.isFinite(metric) ? metric : DEFAULT_ROUTER_METRIC });
    const view = networkHaView(buildAccountIndex(after), networkId);
    return {
      state: routerDraftState(snapshot, networkId, routerId, v),
      position: view.rows.filter((r) => r.carriers.some((c) => c.id === id)),
      after,
    };
  }, [snapshot, networkId, routerId, kind, peer, peer_groups, metric, masquerade, enabled]);
}
