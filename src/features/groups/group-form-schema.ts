import { z } from 'zod';
import type { Group } from '@/api';
import { addIssues } from '@/components/form';
import type { RefLookup } from '@/domain/rules/validate/field-issue';
import { groupNameConflict, validateGroup, type CurrentGroup, type NamedGroup, type ResourceLookup } from '@/domain/rules/validate/group';

/**
 * group-form-schema: a group's name and members as the editor holds them (NetBird's GroupRequest).
 * The rules are the control plane's: validateGroup ("All" keeps its name and every peer, members
 * exist) and groupNameConflict (names are unique), run in `superRefine` with references answered
 * from the query cache.
 */

const memberResourceSchema = z.object({ id: z.string(), type: z.enum(['host', 'subnet', 'domain', 'peer']) });

export const groupFormSchema = z.object({
  name: z.string(),
  peers: z.array(z.string()),
  resources: z.array(memberResourceSchema),
});
export type GroupFormValues = z.infer<typeof groupFormSchema>;
export type MemberResource = z.infer<typeof memberResourceSchema>;

/** valuesFromGroup: the stored group as form values (resources only; peers are listed as peers). */
export function valuesFromGroup(group: Group): GroupFormValues {
  return {
    name: group.name,
    peers: group.peers.map((p) => p.id),
    resources: group.resources.filter((r) => r.type !== 'peer').map((r) => ({ id: r.id, type: r.type })),
  };
}

/** memberField: "peers.3" is shown under the Peers picker, "resources.0" under Resources. */
const memberField = (field: string) => field.split('.')[0] ?? field;

/**
 * groupFormSchemaFor: the schema with the control plane's rules. `current` is the group being
 * edited (null for a new one); `groups` are the stored groups, for the unique-name rule.
 */
export function groupFormSchemaFor(refs: RefLookup & ResourceLookup, current: (CurrentGroup & { id: string }) | null, groups: readonly NamedGroup[]) {
  return groupFormSchema.superRefine((values, ctx) => {
    addIssues(ctx, validateGroup(values, refs, current ?? undefined), memberField);
    const clash = groupNameConflict(values.name, current?.id, groups);
    if (clash) addIssues(ctx, [clash]);
  });
}
