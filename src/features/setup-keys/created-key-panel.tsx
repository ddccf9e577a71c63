import type { SetupKey } from '@/api';
import { CopyButton } from '@/components/copy-button';
import { Alert, AlertDescription, AlertTitle } from '@/components/ui/alert';

/**
 * CreatedKeyPanel: the plain setup key, shown this once. The management API returns it only in the
 * create response and lists masked keys afterwards, so the admin copies it now or creates another.
 */
export function CreatedKeyPanel({ created }: { created: SetupKey }) {
  return (
    <div className="flex flex-col gap-3">
      <Alert variant="warning">
        <AlertTitle>Copy the key now: it will not be shown again</AlertTitle>
        <AlertDescription>
          <p>The server keeps only a masked form of “{created.name}”. Close this without copying and you will need a new key.</p>
        </AlertDescription>
      </Alert>
      <div className="flex items-center justify-between gap-2 rounded-md border bg-muted/40 px-3 py-2">
        <code className="break-all font-mono text-sm" aria-label="Setup key">
          {created.key}
        </code>
        <CopyButton value={created.key} label="Copy setup key" />
      </div>
      <p className="text-sm text-muted-foreground">
        On the server: <code className="font-mono text-xs">netbird up --setup-key {created.key}</code>
      </p>
    </div>
  );
}
