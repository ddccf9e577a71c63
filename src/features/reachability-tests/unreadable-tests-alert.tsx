import { Alert, AlertDescription, AlertTitle } from '@/components/ui/alert';
import {
  AlertDialog,
  AlertDialogAction,
  AlertDialogCancel,
  AlertDialogContent,
  AlertDialogDescription,
  AlertDialogFooter,
  AlertDialogHeader,
  AlertDialogTitle,
  AlertDialogTrigger,
} from '@/components/ui/alert-dialog';
import { Button } from '@/components/ui/button';
import { downloadFile } from '@/components/download-file';

/**
 * UnreadableTestsAlert: the stored tests could not be read (edited by hand, saved by a newer
 * console). They stay stored until the admin downloads them to repair by hand, or discards them.
 */
export function UnreadableTestsAlert({ error, raw, onDiscard }: { error: string; raw: string; onDiscard: () => void }) {
  return (
    <Alert variant="error">
      <AlertTitle>The saved tests could not be read</AlertTitle>
      <AlertDescription>
        <p>Nothing was changed: they stay stored until you decide. Download them to repair the file and import it again, or discard them to start over.</p>
        <pre className="mt-2 max-h-32 overflow-auto whitespace-pre-wrap font-mono text-xs">{error}</pre>
        <div className="mt-3 flex flex-wrap gap-2">
          <Button variant="outline" size="sm" onClick={() => downloadFile('reachability-tests-unreadable.json', raw, 'application/json')}>
            Download them
          </Button>
          <AlertDialog>
            <AlertDialogTrigger asChild>
              <Button variant="destructive" size="sm">
                Discard them…
              </Button>
            </AlertDialogTrigger>
            <AlertDialogContent>
              <AlertDialogHeader>
                <AlertDialogTitle>Discard the unreadable tests?</AlertDialogTitle>
                <AlertDialogDescription>The stored content is deleted from this browser. Download it first if you may want to repair it.</AlertDialogDescription>
              </AlertDialogHeader>
              <AlertDialogFooter>
                <AlertDialogCancel>Keep them</AlertDialogCancel>
                <AlertDialogAction onClick={onDiscard}>Discard</AlertDialogAction>
              </AlertDialogFooter>
            </AlertDialogContent>
          </AlertDialog>
        </div>
      </AlertDescription>
    </Alert>
  );
}
