import { Trash2Icon } from 'lucide-react';
import { useState } from 'react';
import { Link, useNavigate } from '@/lib/router';
import type { Group } from '@/api';
import { useDeleteGroup } from '@/api/mutations';
import { ConfirmDeleteDialog } from '@/components/form';
import { Alert, AlertDescription, AlertTitle } from '@/components/ui/alert';
import { Button } from '@/components/ui/button';
import { groupDeletionBlockers } from '@/domain/rules/editor/group-deletion';
import { isGroupNameAll } from '@/domain/rules/validate/group';
import { describeGroupUsage } from '@/domain/usage/group-usages';
import { usageHref } from './group-usage-rows';
import { useGroupUsages } from './use-group-usages';

/**
 * GroupDelete: deleting a group is refused here, before any request, when the control plane would
 * refuse it ("All" is built in; a group still used by policies, routes, routing peers, DNS, setup
 * keys or resources), with the complete list of users and links to them. Otherwise it confirms,
 * naming how many members leave the group.
 */
export function GroupDelete({ group }: { group: Group }) {
  const usages = useGroupUsages(group.id, { withResources: true });
  const blockers = groupDeletionBlockers(group, usages);
  const [refused, setRefused] = useState(false);
  const remove = useDeleteGroup();
  const navigate = useNavigate();
  const trigger = (
    <Button variant="outline" className="self-start" onClick={blockers.length > 0 ? () => setRefused(true) : undefined}>
      <Trash2Icon aria-hidden="true" /> Delete group
    </Button>
  );
  const builtIn = isGroupNameAll(group.name);
  if (builtIn) {
    return (
      <div className="flex flex-col gap-1.5">
        <Button variant="outline" className="self-start" disabled>
          <Trash2Icon aria-hidden="true" /> Delete group
        </Button>
        <p className="text-sm text-muted-foreground">Not possible: {blockers[0]?.message ?? 'the built-in group cannot be deleted'}, because it holds every peer of the account.</p>
      </div>
    );
  }
  if (blockers.length > 0) {
    return (
      <div className="flex flex-col gap-3">
        {trigger}
        {refused ? (
          <Alert variant="error">
            <AlertTitle>The group cannot be deleted</AlertTitle>
            <AlertDescription>
              <p>{blockers[0]?.message}.</p>
              {usages.length > 0 ? (
                <ul className="ml-4 list-disc" aria-label="Where the group is used">
                  {usages.map((u) => {
                    const href = usageHref(u);
                    const text = describeGroupUsage(u);
                    return (
                      <li key={`${u.kind}:${'id' in u ? u.id : ''}`}>
                        {href ? (
                          <Link to={href} className="underline">
                            {text}
                          </Link>
                        ) : (
                          text
                        )}
                      </li>
                    );
                  })}
                </ul>
              ) : null}
              {usages.length > 0 ? <p>Remove the group from each of these first, then delete it.</p> : null}
            </AlertDescription>
          </Alert>
        ) : null}
      </div>
    );
  }
  return (
    <ConfirmDeleteDialog
      title={`Delete group “${group.name}”?`}
      description={`Nothing refers to it any more. Its ${group.peers_count} peers and ${group.resources_count} resources stay, only out of this group.`}
      onConfirm={async () => {
        await remove.mutateAsync(group.id);
        void navigate('/groups');
      }}
      trigger={trigger}
    />
  );
}
