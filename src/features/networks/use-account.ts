import { useSuspenseQuery } from '@tanstack/react-query';
import { useMemo } from 'react';
import { queries, useApiClient, type AccountSnapshot } from '@/api';
import { buildAccountIndex, type AccountIndex } from '@/domain/account';

/**
 * useAccount: the whole account as one snapshot plus its index: what the editors apply drafts to
 * and run the domain rules on ("the account after this save"). Mutations invalidate it, so it
 * follows every change; a refetch keeps the previous data on screen.
 */
export function useAccount(): { snapshot: AccountSnapshot; index: AccountIndex } {
  const client = useApiClient();
  const { data: snapshot } = useSuspenseQuery(queries.snapshot(client));
  const index = useMemo(() => buildAccountIndex(snapshot), [snapshot]);
  return { snapshot, index };
}
