import { LoaderIcon } from 'lucide-react';
import { useId } from 'react';
import { Link } from '@/lib/router';
import { Alert, AlertDescription, AlertTitle } from '@/components/ui/alert';
import { Checkbox } from '@/components/ui/checkbox';
import { Label } from '@/components/ui/label';
import type { ReachabilityOutcome } from '@/domain/reachability/run-tests';
import { cn } from '@/lib/cn';
import { AnalysisFailed } from '../analysis/analysis-status';
import { testPairText, traceHref } from '../reachability-tests/trace-href';
import { AccessChangeList } from './access-change-list';
import type { SaveGate } from './use-change-preview';

const plural = (n: number, word: string) => `${n} ${word}${n === 1 ? '' : 's'}`;

/** Computing: the preview is being computed for the latest edit (the analysis runs in a worker). */
function Computing({ className }: { className: string }) {
  return (
    <p role="status" className={cn('flex items-center gap-1.5 text-muted-foreground', className)}>
      <LoaderIcon aria-hidden="true" className="size-3.5 animate-spin motion-reduce:animate-none" />
      Computing change…
    </p>
  );
}

/** TESTS_PATH: the Reachability tests page. */
export const TESTS_PATH = '/tests';

function OutcomeItem({ o }: { o: ReachabilityOutcome }) {
  return (
    <li className="flex flex-col gap-0.5">
      <p>
        <span className="font-medium">{o.name}</span>: {testPairText(o.test)}, expected {o.expected}, would be {o.actual === 'error' ? 'impossible to trace' : o.actual}.{' '}
        <Link to={traceHref(o.test)} className="font-medium text-primary hover:underline">
          Trace it
        </Link>
      </p>
      <p className="text-xs text-muted-foreground">{o.reason}</p>
    </li>
  );
}

function BrokenTests({ gate }: { gate: SaveGate }) {
  const id = useId();
  const n = gate.broken.length;
  return (
    <Alert variant="error">
      <AlertTitle>This change breaks {plural(n, 'saved reachability test')}</AlertTitle>
      <AlertDescription>
        <ul aria-label="Tests this change breaks" className="flex flex-col gap-2">
          {gate.broken.map((o) => (
            <OutcomeItem key={o.name} o={o} />
          ))}
        </ul>
        <div className="mt-3 flex items-center gap-2">
          <Checkbox id={id} checked={gate.overridden} onCheckedChange={(v) => gate.setOverridden(v === true)} />
          <Label htmlFor={id} className="font-medium">
            Save anyway, I accept breaking {plural(n, 'test')}
          </Label>
        </div>
      </AlertDescription>
    </Alert>
  );
}

/**
 * ChangePreviewPanel: "Access changes if you save", shown in every editor next to its draft
 * findings: who gains or loses which destinations, and the saved reachability tests the change
 * breaks (with the override that unblocks Save) or repairs.
 */
export function ChangePreviewPanel({ gate }: { gate: SaveGate }) {
  const headingId = useId();
  const { preview } = gate;
  const changes = preview?.access.changes ?? [];
  const fixed = preview?.tests.fixed ?? [];
  return (
    <section aria-labelledby={headingId} aria-busy={gate.pending} className="flex flex-col gap-3 rounded-lg border bg-card p-4 shadow-xs">
      <div className="flex flex-wrap items-baseline justify-between gap-x-3 gap-y-1">
        <h2 id={headingId} className="text-base font-semibold">
          Access changes if you save
        </h2>
        {gate.pending && preview !== null ? <Computing className="text-xs" /> : null}
      </div>
      {gate.error !== null ? (
        <AnalysisFailed title="The change could not be computed" error={gate.error} onRetry={gate.retry} />
      ) : preview === null ? (
        gate.pending ? (
          <Computing className="text-sm" />
        ) : (
          <p className="text-sm text-muted-foreground">Checking the account…</p>
        )
      ) : changes.length === 0 ? (
        <p className="text-sm text-muted-foreground">No change in who can reach what.</p>
      ) : (
        <AccessChangeList changes={changes} />
      )}
      {gate.broken.length > 0 ? <BrokenTests gate={gate} /> : null}
      {fixed.length > 0 ? (
        <Alert variant="success">
          <AlertTitle>This change makes {plural(fixed.length, 'failing test')} pass</AlertTitle>
          <AlertDescription>
            <ul className="flex flex-col gap-2">
              {fixed.map((o) => (
                <OutcomeItem key={o.name} o={o} />
              ))}
            </ul>
          </AlertDescription>
        </Alert>
      ) : null}
      <p className="text-xs text-muted-foreground">
        {gate.testCount === 0 ? 'No saved reachability tests to check this change against. ' : `Checked against ${plural(gate.testCount, 'saved reachability test')}. `}
        <Link to={TESTS_PATH} className="font-medium text-primary hover:underline">
          {gate.testCount === 0 ? 'Add tests' : 'Manage tests'}
        </Link>
      </p>
    </section>
  );
}

/** SaveBlockedNote: next to a blocked Save button, why it is blocked (the button's aria-describedby). */
export function SaveBlockedNote({ gate, id }: { gate: SaveGate; id: string }) {
  if (!gate.blocked) return null;
  const text = gate.broken.length > 0 ? `Saving is blocked: the change breaks ${plural(gate.broken.length, 'saved test')}. Tick “Save anyway” to save.` : 'Checking the saved tests…';
  return (
    <p id={id} className="text-sm text-muted-foreground">
      {text}
    </p>
  );
}
