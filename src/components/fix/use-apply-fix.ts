import type { AccountSnapshot } from '@/api';
import {
  useCreatePolicy,
  useUpdateAccount,
  useUpdateNameserverGroup,
  useUpdatePeer,
  useUpdatePolicy,
  useUpdateRoute,
  useUpdateRouter,
} from '@/api/mutations';
import { assertNever } from '@/domain/assert-never';
import type { FixSuggestion } from '@/domain/rules/lint';
import { fixRequest } from './fix-request';

/**
 * useApplyFix: applies a linter fix through the mutation hooks, so the cache (and with it the
 * account snapshot every analysis reads) is refreshed the way any other edit refreshes it: the
 * finding disappears once the new snapshot arrives. The promise rejects with the server's error.
 */
export function useApplyFix(snapshot: AccountSnapshot): (fix: FixSuggestion) => Promise<unknown> {
  const updateAccount = useUpdateAccount();
  const createPolicy = useCreatePolicy();
  const updatePolicy = useUpdatePolicy();
  const updateRoute = useUpdateRoute();
  const updateRouter = useUpdateRouter();
  const updatePeer = useUpdatePeer();
  const updateNameservers = useUpdateNameserverGroup();

  return async (fix) => {
    const request = fixRequest(snapshot, fix);
    if (!request.ok) throw new Error(request.error);
    const r = request.value;
    switch (r.kind) {
      case 'update-account':
        return updateAccount.mutateAsync({ id: r.id, body: r.body });
      case 'create-policy':
        return createPolicy.mutateAsync(r.body);
      case 'update-policy':
        return updatePolicy.mutateAsync({ id: r.id, body: r.body });
      case 'update-route':
        return updateRoute.mutateAsync({ id: r.id, body: r.body });
      case 'update-router':
        return updateRouter.mutateAsync({ networkId: r.networkId, id: r.id, body: r.body });
      case 'update-peer':
        return updatePeer.mutateAsync({ id: r.id, body: r.body });
      case 'update-nameserver-group':
        return updateNameservers.mutateAsync({ id: r.id, body: r.body });
      default:
        return assertNever(r);
    }
  };
}
