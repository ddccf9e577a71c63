import { useState } from 'react';
import { Button } from '../ui/button';
import { Dialog, DialogContent, DialogDescription, DialogFooter, DialogHeader, DialogTitle, DialogTrigger } from '../ui/dialog';
import { Field } from './field';
import { FormError } from './form-error';
import { GroupPicker } from './group-picker';

export interface AddToGroupDialogProps {
  /** E.g. "3 resources". */
  subject: string;
  /** Adds the selected items to these groups; the dialog stays open with the error when it throws. */
  onConfirm: (groupIds: string[]) => Promise<unknown>;
  disabled?: boolean;
  /** The wording, for items that are not group members but refer to groups (a policy's sources, a route's ACL groups). */
  wording?: { trigger: string; title: string; description: string; field: string; confirm: string };
}

const memberWording = (subject: string) => ({
  trigger: 'Add to group…',
  title: `Add ${subject} to groups`,
  description: 'They keep their current groups and also join the ones chosen here.',
  field: 'Groups to add',
  confirm: 'Add to groups',
});

/**
 * AddToGroupDialog: the "Add to group…" bulk action: pick (or create) groups, then every selected
 * item joins them. Groups are how NetBird grants access, so this is the common bulk edit.
 */
export function AddToGroupDialog({ subject, onConfirm, disabled, wording = memberWording(subject) }: AddToGroupDialogProps) {
  const [open, setOpen] = useState(false);
  const [groupIds, setGroupIds] = useState<string[]>([]);
  const [pending, setPending] = useState(false);
  const [error, setError] = useState<unknown>(null);

  const confirm = async () => {
    setPending(true);
    setError(null);
    try {
      await onConfirm(groupIds);
      setOpen(false);
      setGroupIds([]);
    } catch (e) {
      setError(e);
    } finally {
      setPending(false);
    }
  };

  return (
    <Dialog
      open={open}
      onOpenChange={(next) => {
        setOpen(next);
        if (!next) setError(null);
      }}
    >
      <DialogTrigger asChild>
        <Button variant="outline" size="sm" disabled={disabled}>
          {wording.trigger}
        </Button>
      </DialogTrigger>
      <DialogContent>
        <DialogHeader>
          <DialogTitle>{wording.title}</DialogTitle>
          <DialogDescription>{wording.description}</DialogDescription>
        </DialogHeader>
        <Field label={wording.field}>{(control) => <GroupPicker control={control} value={groupIds} onChange={setGroupIds} />}</Field>
        <FormError error={error} title="Not added" />
        <DialogFooter>
          <Button variant="outline" onClick={() => setOpen(false)} disabled={pending}>
            Cancel
          </Button>
          <Button onClick={() => void confirm()} disabled={pending || groupIds.length === 0}>
            {pending ? 'Adding…' : wording.confirm}
          </Button>
        </DialogFooter>
      </DialogContent>
    </Dialog>
  );
}
