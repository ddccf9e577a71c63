import { DownloadIcon, EraserIcon, RotateCcwIcon } from 'lucide-react';
import { useState } from 'react';
import { Alert, AlertDescription, AlertTitle } from '@/components/ui/alert';
import { downloadFile } from '@/components/download-file';
import { Button } from '@/components/ui/button';
import type { EmbeddedSeed } from '@/components/target-settings';
import { ConfirmButton } from './confirm-button';

type ResetState = { kind: 'idle' } | { kind: 'running' } | { kind: 'done'; seed: EmbeddedSeed } | { kind: 'failed'; message: string };

/**
 * EmbeddedTargetPanel: the embedded control plane keeps its account in this browser. Here the admin
 * can start over from the demo or from an empty account, and learns when a saved account could
 * not be loaded.
 */
export function EmbeddedTargetPanel({
  loadProblem,
  onReset,
  unreadableData,
}: {
  loadProblem: string | null;
  onReset: (seed: EmbeddedSeed) => Promise<void>;
  unreadableData: () => Promise<{ key: string; raw: string } | null>;
}) {
  const [state, setState] = useState<ResetState>({ kind: 'idle' });

  async function reset(seed: EmbeddedSeed) {
    setState({ kind: 'running' });
    try {
      await onReset(seed);
      setState({ kind: 'done', seed });
    } catch (e) {
      setState({ kind: 'failed', message: e instanceof Error ? e.message : String(e) });
    }
  }

  return (
    <div className="flex flex-col gap-4">
      <p className="text-sm text-muted-foreground">
        The account lives in this browser’s storage and survives a reload. Nothing is sent to any server.
      </p>
      {loadProblem ? (
        <Alert variant="warning">
          <AlertTitle>The saved account could not be loaded</AlertTitle>
          <AlertDescription>
            <p>{loadProblem}</p>
            <div className="mt-2 flex flex-wrap gap-2">
              <Button size="sm" variant="outline" onClick={() => void download(unreadableData)}>
                <DownloadIcon aria-hidden="true" /> Download the saved data
              </Button>
              <ConfirmButton
                label="Discard it and start from the demo"
                icon={<RotateCcwIcon aria-hidden="true" />}
                title="Discard the unreadable saved data?"
                description="The demo account replaces it in this browser's storage. Download the saved data first if you may need it."
                confirmLabel="Discard and start from the demo"
                disabled={state.kind === 'running'}
                onConfirm={() => void reset('demo')}
              />
            </div>
          </AlertDescription>
        </Alert>
      ) : null}
      {state.kind === 'done' ? (
        <Alert variant="success">
          <AlertTitle>{state.seed === 'demo' ? 'Demo data restored' : 'Started with an empty account'}</AlertTitle>
        </Alert>
      ) : null}
      {state.kind === 'failed' ? (
        <Alert variant="error">
          <AlertTitle>The account could not be reset</AlertTitle>
          <AlertDescription>
            <p>{state.message}</p>
          </AlertDescription>
        </Alert>
      ) : null}
      <div className="flex flex-wrap gap-2">
        <ConfirmButton
          label="Reset demo data"
          icon={<RotateCcwIcon aria-hidden="true" />}
          title="Reset the demo data?"
          description="The account in this browser is replaced by the demo account. Everything you created or changed is lost."
          confirmLabel="Reset demo data"
          disabled={state.kind === 'running'}
          onConfirm={() => void reset('demo')}
        />
        <ConfirmButton
          label="Start with an empty account"
          icon={<EraserIcon aria-hidden="true" />}
          title="Start with an empty account?"
          description="The account in this browser is replaced by an empty one (only the All group). Everything in it now is lost."
          confirmLabel="Empty the account"
          disabled={state.kind === 'running'}
          onConfirm={() => void reset('empty')}
        />
      </div>
    </div>
  );
}

/** download: the unreadable data exactly as it was stored, so nothing of it is lost by discarding. */
async function download(unreadableData: () => Promise<{ key: string; raw: string } | null>): Promise<void> {
  const data = await unreadableData();
  if (!data) return;
  downloadFile(`${data.key.replaceAll(':', '-')}-unreadable.json`, data.raw, 'application/octet-stream');
}
