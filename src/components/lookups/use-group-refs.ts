import { useSuspenseQuery } from '@tanstack/react-query';
import { useMemo } from 'react';
import { queries, useApiClient } from '@/api';
import type { GroupRef } from '@/components/group-badges';

/** useGroupRefs: DNS objects and setup keys name groups by id; the group list names them (an unknown id shows as is). */
export function useGroupRefs(): (ids: readonly string[] | null | undefined) => GroupRef[] {
  const client = useApiClient();
  const { data: groups } = useSuspenseQuery(queries.groups(client));
  return useMemo(() => {
    const byId = new Map(groups.map((g) => [g.id, g.name]));
    return (ids) => (ids ?? []).map((id) => ({ id, name: byId.get(id) ?? id }));
  }, [groups]);
}
