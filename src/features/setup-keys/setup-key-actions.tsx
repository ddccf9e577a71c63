import { BanIcon, Trash2Icon } from 'lucide-react';
import { useNavigate } from '@/lib/router';
import type { SetupKey } from '@/api';
import { useDeleteSetupKey, useUpdateSetupKey } from '@/api/mutations';
import { ConfirmDeleteDialog } from '@/components/form';
import { Button } from '@/components/ui/button';

/**
 * SetupKeyActions: revoke (final: NetBird never un-revokes a key) and delete, each confirmed. Peers
 * a key registered stay registered either way; the key just stops registering new ones.
 */
export function SetupKeyActions({ setupKey }: { setupKey: SetupKey }) {
  const update = useUpdateSetupKey();
  const remove = useDeleteSetupKey();
  const navigate = useNavigate();
  return (
    <div className="flex flex-col items-end gap-1">
      <div className="flex flex-wrap gap-2">
        {setupKey.revoked ? (
          <Button variant="outline" disabled>
            <BanIcon aria-hidden="true" /> Revoke
          </Button>
        ) : (
          <ConfirmDeleteDialog
            title={`Revoke setup key “${setupKey.name}”?`}
            description="It stops registering peers at once. This cannot be undone: a revoked key stays revoked. Peers it already registered stay."
            confirmLabel="Revoke key"
            onConfirm={() => update.mutateAsync({ id: setupKey.id, body: { revoked: true, auto_groups: setupKey.auto_groups } })}
            trigger={
              <Button variant="outline">
                <BanIcon aria-hidden="true" /> Revoke
              </Button>
            }
          />
        )}
        <ConfirmDeleteDialog
          title={`Delete setup key “${setupKey.name}”?`}
          description="It disappears from the list and can no longer register peers. Peers it already registered stay, in their groups."
          onConfirm={async () => {
            await remove.mutateAsync(setupKey.id);
            void navigate('/setup-keys');
          }}
          trigger={
            <Button variant="outline">
              <Trash2Icon aria-hidden="true" /> Delete
            </Button>
          }
        />
      </div>
      {setupKey.revoked ? <p className="text-xs text-muted-foreground">Already revoked: a revoked key cannot be un-revoked; create a new key instead.</p> : null}
    </div>
  );
}
