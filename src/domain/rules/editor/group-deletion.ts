import type { FieldIssue } from '../validate/field-issue';
import { groupRemovalIssues, groupUsageIssues, type NamedGroup } from '../validate/group';
import type { GroupUsageDetail } from '../../usage/group-usages';

/**
 * group-deletion: why a group cannot be deleted, decided before any request is sent. The rules are
 * the control plane's own (`groupRemovalIssues`: "All" is never deleted; `groupUsageIssues`: a group
 * still referenced is refused naming who uses it), composed in the order the control plane checks
 * them, so the editor refuses exactly what the server would refuse, with the same words.
 */
export function groupDeletionBlockers(group: NamedGroup, usages: readonly GroupUsageDetail[]): FieldIssue[] {
  const removal = groupRemovalIssues(group);
  return removal.length > 0 ? removal : groupUsageIssues(group, usages);
}
