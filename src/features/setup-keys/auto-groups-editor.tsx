import { useState } from 'react';
import type { SetupKey } from '@/api';
import { useUpdateSetupKey } from '@/api/mutations';
import { Field, GroupPicker, SaveStatus } from '@/components/form';
import { Button } from '@/components/ui/button';
import { Card, CardContent, CardDescription, CardHeader, CardTitle } from '@/components/ui/card';

/**
 * AutoGroupsEditor: the groups a key puts the peers it registers into, the one thing NetBird lets
 * an admin change on an existing key (PUT /api/setup-keys/{id} takes `auto_groups` and `revoked`).
 * Peers registered earlier keep their groups: the change applies to the next registration, which is
 * what a routing-peer key needs when its peers should land in a new routing-peers group.
 */
export function AutoGroupsEditor({ setupKey }: { setupKey: SetupKey }) {
  const update = useUpdateSetupKey();
  const [groups, setGroups] = useState<string[]>(setupKey.auto_groups);
  const changed = groups.length !== setupKey.auto_groups.length || groups.some((g) => !setupKey.auto_groups.includes(g));
  return (
    <Card aria-labelledby="key-auto-groups">
      <CardHeader>
        <CardTitle id="key-auto-groups">Auto groups</CardTitle>
        <CardDescription>Peers registered with this key from now on join these groups. Peers it registered before keep their groups.</CardDescription>
      </CardHeader>
      <CardContent className="flex flex-col gap-3">
        <Field label="Groups for new peers">{(control) => <GroupPicker control={control} value={groups} onChange={setGroups} />}</Field>
        <div className="flex flex-wrap items-center gap-3">
          <Button
            disabled={!changed || update.isPending}
            onClick={() => update.mutate({ id: setupKey.id, body: { revoked: setupKey.revoked, auto_groups: groups } })}
          >
            Save auto groups
          </Button>
          <SaveStatus mutation={update} successText="Auto groups saved." />
        </div>
      </CardContent>
    </Card>
  );
}
