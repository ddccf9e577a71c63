import { useState, type ReactNode } from 'react';
import {
  AlertDialog,
  AlertDialogCancel,
  AlertDialogContent,
  AlertDialogDescription,
  AlertDialogFooter,
  AlertDialogHeader,
  AlertDialogTitle,
  AlertDialogTrigger,
} from '../ui/alert-dialog';
import { Button } from '../ui/button';
import { FormError } from './form-error';

/** AffectedList: one kind of object that goes with (or loses something by) the deletion. */
export interface AffectedList {
  /** E.g. "Resources deleted with it" or "Policy rules that lose this resource". */
  label: string;
  items: readonly string[];
}

export interface ConfirmDeleteDialogProps {
  /** E.g. "Delete network “Datacenter”?" */
  title: string;
  /** One sentence on what is deleted. */
  description: ReactNode;
  /** What else is affected; empty lists are left out, and "Nothing else is affected" is said when all are. */
  affected?: readonly AffectedList[];
  confirmLabel?: string;
  /** The deletion; the dialog stays open with the server's error when it fails. */
  onConfirm: () => Promise<unknown>;
  /** The button that opens the dialog (uncontrolled use). */
  trigger?: ReactNode;
  open?: boolean;
  onOpenChange?: (open: boolean) => void;
}

/** Lists are cut here so a dialog about a big group stays readable. */
const MAX_ITEMS = 10;

/**
 * ConfirmDeleteDialog: every destructive action of the console asks first and names what else it
 * affects (NetBird deletes a network's resources and routing peers with it, and a deleted resource
 * silently drops out of policy rules). The admin decides knowing the blast radius.
 */
export function ConfirmDeleteDialog({
  title,
  description,
  affected = [],
  confirmLabel = 'Delete',
  onConfirm,
  trigger,
  open: controlledOpen,
  onOpenChange,
}: ConfirmDeleteDialogProps) {
  const [ownOpen, setOwnOpen] = useState(false);
  const [pending, setPending] = useState(false);
  const [error, setError] = useState<unknown>(null);
  const open = controlledOpen ?? ownOpen;
  const setOpen = (next: boolean) => {
    if (!next) setError(null);
    setOwnOpen(next);
    onOpenChange?.(next);
  };
  const lists = affected.filter((a) => a.items.length > 0);

  const confirm = async () => {
    setPending(true);
    setError(null);
    try {
      await onConfirm();
      setOpen(false);
    } catch (e) {
      setError(e);
    } finally {
      setPending(false);
    }
  };

  return (
    <AlertDialog open={open} onOpenChange={setOpen}>
      {trigger ? <AlertDialogTrigger asChild>{trigger}</AlertDialogTrigger> : null}
      <AlertDialogContent size="lg">
        <AlertDialogHeader>
          <AlertDialogTitle>{title}</AlertDialogTitle>
          <AlertDialogDescription asChild>
            <div className="flex flex-col gap-3">
              <p>{description}</p>
              {lists.length === 0 ? <p>Nothing else is affected.</p> : null}
              {lists.map((list) => (
                <div key={list.label}>
                  <p className="font-medium text-foreground">
                    {list.label} ({list.items.length})
                  </p>
                  <ul className="ml-5 list-disc">
                    {list.items.slice(0, MAX_ITEMS).map((item, i) => (
                      <li key={`${item}-${i}`}>{item}</li>
                    ))}
                    {list.items.length > MAX_ITEMS ? <li>and {list.items.length - MAX_ITEMS} more</li> : null}
                  </ul>
                </div>
              ))}
            </div>
          </AlertDialogDescription>
        </AlertDialogHeader>
        <FormError error={error} title="Not deleted" />
        <AlertDialogFooter>
          <AlertDialogCancel disabled={pending}>Cancel</AlertDialogCancel>
          <Button variant="destructive" disabled={pending} onClick={() => void confirm()}>
            {pending ? 'Deleting…' : confirmLabel}
          </Button>
        </AlertDialogFooter>
      </AlertDialogContent>
    </AlertDialog>
  );
}
