import type { Blocker } from '@/lib/router';
import { AlertDialog, AlertDialogCancel, AlertDialogContent, AlertDialogDescription, AlertDialogFooter, AlertDialogHeader, AlertDialogTitle } from '@/components/ui/alert-dialog';
import { Button } from '@/components/ui/button';

/** LeaveDialog: leaving the wizard with a plan in progress: stay, leave and keep the draft, or discard it. */
export function LeaveDialog({ blocker, onDiscard }: { blocker: Blocker; onDiscard: () => void }) {
  const open = blocker.state === 'blocked';
  return (
    <AlertDialog open={open} onOpenChange={(o) => (!o && blocker.state === 'blocked' ? blocker.reset() : undefined)}>
      <AlertDialogContent>
        <AlertDialogHeader>
          <AlertDialogTitle>Leave the setup wizard?</AlertDialogTitle>
          <AlertDialogDescription>Your plan is saved as a draft in this browser. Keep it to continue later, or discard it.</AlertDialogDescription>
        </AlertDialogHeader>
        <AlertDialogFooter>
          <AlertDialogCancel>Stay</AlertDialogCancel>
          <Button type="button" variant="outline" onClick={() => blocker.state === 'blocked' && blocker.proceed()}>
            Leave, keep the draft
          </Button>
          <Button
            type="button"
            variant="destructive"
            onClick={() => {
              onDiscard();
              if (blocker.state === 'blocked') blocker.proceed();
            }}
          >
            Discard the plan
          </Button>
        </AlertDialogFooter>
      </AlertDialogContent>
    </AlertDialog>
  );
}
