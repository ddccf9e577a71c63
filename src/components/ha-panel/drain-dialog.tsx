import { useState } from 'react';
import { DRAIN_METRIC, drainOutcome, type DrainMode, type DrainOutcome } from '@/domain/routing/ha-drain';
import type { HaRow, HaView } from '@/domain/routing/ha-view';
import { FormError } from '../form/form-error';
import { Alert, AlertDescription, AlertTitle } from '../ui/alert';
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

/** HaDrainActions: how the owner of the routers or routes previews and applies a drain. */
export interface HaDrainActions {
  /** The view with this row's enabled carriers drained (rank again with the draft applied). */
  preview: (row: HaRow, mode: DrainMode) => HaView;
  apply: (row: HaRow, mode: DrainMode) => Promise<unknown>;
}

const MODES: { mode: DrainMode; label: string; detail: string }[] = [
  { mode: 'raise-metric', label: `Raise the metric to ${DRAIN_METRIC}`, detail: 'Every other routing peer ranks before it; it stays a last resort.' },
  { mode: 'disable', label: 'Disable', detail: 'It carries nothing until enabled again.' },
];

function OutcomeText({ outcome, name }: { outcome: DrainOutcome; name: string }) {
  switch (outcome.kind) {
    case 'moves':
      return (
        <Alert variant="info">
          <AlertTitle>Who takes over</AlertTitle>
          <AlertDescription>
            Traffic moves to {outcome.to.map((r) => `${r.name} (${r.label})`).join(', ')}.
          </AlertDescription>
        </Alert>
      );
    case 'stays':
      return (
        <Alert variant="warning">
          <AlertTitle>Nobody takes over</AlertTitle>
          <AlertDescription>No other routing peer can carry the traffic, so {name} keeps carrying it.</AlertDescription>
        </Alert>
      );
    case 'nobody':
      return (
        <Alert variant="error">
          <AlertTitle>Nobody takes over</AlertTitle>
          <AlertDescription>No routing peer carries traffic afterwards: clients lose this destination until one is back.</AlertDescription>
        </Alert>
      );
  }
}

/**
 * DrainDialog: maintenance on a routing peer. Before anything changes it ranks the routing peers
 * again as if the drain were saved and says who takes over (or that nobody does), then asks.
 */
export function DrainDialog({ row, actions }: { row: HaRow; actions: HaDrainActions }) {
  const [open, setOpen] = useState(false);
  const [mode, setMode] = useState<DrainMode>('raise-metric');
  const [pending, setPending] = useState(false);
  const [error, setError] = useState<unknown>(null);
  const changed = row.carriers.filter((c) => c.enabled);
  const drainedPeers = [...new Set(changed.flatMap((c) => c.peerIds))];
  const outcome = open ? drainOutcome(actions.preview(row, mode), drainedPeers) : null;

  const confirm = async () => {
    setPending(true);
    setError(null);
    try {
      await actions.apply(row, mode);
      setOpen(false);
    } catch (e) {
      setError(e);
    } finally {
      setPending(false);
    }
  };

  return (
    <AlertDialog
      open={open}
      onOpenChange={(next) => {
        setOpen(next);
        if (!next) setError(null);
      }}
    >
      <AlertDialogTrigger asChild>
        <Button variant="outline" size="sm" disabled={changed.length === 0} aria-label={`Drain ${row.name}`}>
          Drain
        </Button>
      </AlertDialogTrigger>
      <AlertDialogContent size="lg">
        <AlertDialogHeader>
          <AlertDialogTitle>Drain {row.name}</AlertDialogTitle>
          <AlertDialogDescription>
            For maintenance: move traffic off this routing peer. This changes {changed.map((c) => (c.kind === 'router' ? `the router for ${c.label}` : c.label)).join(', ')}
            {drainedPeers.length > 1 ? `, which also drains ${drainedPeers.length - 1} other peer${drainedPeers.length > 2 ? 's' : ''} of the same group` : ''}.
          </AlertDialogDescription>
        </AlertDialogHeader>
        <fieldset className="flex flex-col gap-2">
          <legend className="mb-1 text-sm font-medium">How</legend>
          {MODES.map((m) => (
            <label key={m.mode} className="flex cursor-pointer items-start gap-2 rounded-md border p-2 text-sm has-[:checked]:border-primary">
              <input type="radio" name="drain-mode" value={m.mode} checked={mode === m.mode} onChange={() => setMode(m.mode)} className="mt-0.5" />
              <span className="flex flex-col">
                <span className="font-medium">{m.label}</span>
                <span className="text-xs text-muted-foreground">{m.detail}</span>
              </span>
            </label>
          ))}
        </fieldset>
        {outcome ? <OutcomeText outcome={outcome} name={row.name} /> : null}
        <FormError error={error} title="Not drained" />
        <AlertDialogFooter>
          <AlertDialogCancel disabled={pending}>Cancel</AlertDialogCancel>
          <Button onClick={() => void confirm()} disabled={pending}>
            {pending ? 'Draining…' : `Drain ${row.name}`}
          </Button>
        </AlertDialogFooter>
      </AlertDialogContent>
    </AlertDialog>
  );
}
