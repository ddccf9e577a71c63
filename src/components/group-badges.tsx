import { Link } from '@/lib/router';
import { Badge } from './ui/badge';
import { Tooltip } from './ui/tooltip';

/** A group as other objects name it: GroupMinimum fits, and so does `{id, name}` looked up from ids. */
export interface GroupRef {
  id: string;
  name: string;
}

/**
 * GroupBadges: the groups of a peer, resource or router, each a link to the group. Long lists are
 * cut at `max` with a "+N" badge whose tooltip and label name the rest.
 */
export function GroupBadges({ groups, max = 4, emptyText = 'No groups' }: { groups: readonly GroupRef[]; max?: number; emptyText?: string }) {
  if (groups.length === 0) return <span className="text-sm text-muted-foreground">{emptyText}</span>;
  const sorted = [...groups].sort((a, b) => a.name.localeCompare(b.name));
  const shown = sorted.slice(0, max);
  const rest = sorted.slice(max);
  const restNames = rest.map((g) => g.name).join(', ');
  return (
    <ul className="flex flex-wrap gap-1" aria-label="Groups">
      {shown.map((g) => (
        <li key={g.id}>
          <Badge variant="outline" asChild>
            <Link to={`/groups/${encodeURIComponent(g.id)}`} className="hover:bg-accent">
              {g.name}
            </Link>
          </Badge>
        </li>
      ))}
      {rest.length > 0 ? (
        <li>
          <Tooltip content={restNames}>
            <Badge variant="secondary" tabIndex={0} aria-label={`and ${rest.length} more: ${restNames}`}>
              +{rest.length}
            </Badge>
          </Tooltip>
        </li>
      ) : null}
    </ul>
  );
}
