import type { GroupRef } from './group-badges';

/**
 * groupRefsFromIds: names for group ids (routers and routes carry ids, not GroupMinimum). An id the
 * account does not know is shown as itself rather than dropped, so a dangling reference stays visible.
 */
export function groupRefsFromIds(ids: readonly string[] | null | undefined, groupsById: ReadonlyMap<string, { id: string; name: string }>): GroupRef[] {
  return (ids ?? []).map((id) => {
    const g = groupsById.get(id);
    return { id, name: g ? g.name : id };
  });
}
