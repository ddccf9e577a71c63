import { CheckCircle2Icon, CircleDashedIcon, CircleXIcon, LoaderIcon } from 'lucide-react';
import { useEffect, useRef, useState } from 'react';
import { Alert, AlertDescription, AlertTitle } from '@/components/ui/alert';
import { Button } from '@/components/ui/button';
import { applyPlan, undoPlan, type ApplyPort, type ApplyState } from '@/domain/wizard';
import { StepShell } from '../step-shell';
import type { WizardModel } from '../use-wizard';

/**
 * ApplyStep: sends the plan in dependency order with progress. A failure stops it with the call and
 * the reason; the plan and what was created are kept (saved), and Retry continues without creating
 * anything twice, or Undo removes what this plan created.
 */
export function ApplyStep({ w, port }: { w: WizardModel; port: ApplyPort }) {
  const apply = w.draft!.apply;
  const [busy, setBusy] = useState(false);
  const started = useRef(false);
  const { setApply, objects } = w;

  const run = async (what: 'apply' | 'undo', from: ApplyState) => {
    setBusy(true);
    try {
      await (what === 'apply' ? applyPlan : undoPlan)(objects, from, port, setApply);
    } finally {
      setBusy(false);
    }
  };
  // Entering the step starts the plan once; a reload resumes at "failed" and waits for Retry.
  useEffect(() => {
    if (started.current || apply.status !== 'pending') return;
    started.current = true;
    void run('apply', apply);
  });

  const failure = apply.failure;
  return (
    <StepShell
      title="7. Apply"
      description="The calls go out in dependency order. If one fails, nothing after it is sent; retry continues where it stopped."
      onBack={apply.status === 'pending' || apply.status === 'undone' ? () => w.go('review') : undefined}
      next={apply.status === 'applied' ? { label: 'Next: verify', onClick: () => w.go('verify') } : undefined}
    >
      <ol aria-label="Apply progress" className="flex flex-col gap-1.5 text-sm">
        {objects.map((o) => {
          const done = apply.created[o.id] !== undefined;
          const failed = failure?.id === o.id;
          const Icon = done ? CheckCircle2Icon : failed ? CircleXIcon : busy ? LoaderIcon : CircleDashedIcon;
          const state = done ? 'done' : failed ? 'failed' : 'pending';
          return (
            <li key={o.id} className="flex items-center gap-2" data-state={state}>
              <Icon aria-hidden="true" className={done ? 'size-4 text-success' : failed ? 'size-4 text-destructive' : 'size-4 text-muted-foreground'} />
              <span>{o.label}</span>
              <span className="sr-only">({state})</span>
            </li>
          );
        })}
      </ol>
      {apply.status === 'applied' ? (
        <Alert variant="success">
          <AlertTitle>Plan applied</AlertTitle>
          <AlertDescription>Every object was created. Verify that the routing peer joins and traffic flows.</AlertDescription>
        </Alert>
      ) : null}
      {apply.status === 'undone' ? (
        <Alert variant="info">
          <AlertTitle>Undone</AlertTitle>
          <AlertDescription>Everything this plan created was removed. The plan is kept: change it or apply it again.</AlertDescription>
        </Alert>
      ) : null}
      {apply.status === 'failed' && failure ? (
        <Alert variant="error">
          <AlertTitle>
            {failure.during === 'apply' ? 'Failed' : 'Undo failed'}: {failure.label}
          </AlertTitle>
          <AlertDescription>
            <p>{failure.message}</p>
            <p>The plan and what was created so far are kept. Retry continues without creating anything twice.</p>
          </AlertDescription>
        </Alert>
      ) : null}
      <div className="flex flex-wrap gap-2">
        {apply.status === 'failed' ? (
          <Button type="button" disabled={busy} onClick={() => void run(failure?.during === 'undo' ? 'undo' : 'apply', apply)}>
            Retry
          </Button>
        ) : null}
        {apply.status === 'undone' ? (
          <Button type="button" disabled={busy} onClick={() => void run('apply', apply)}>
            Apply again
          </Button>
        ) : null}
        {(apply.status === 'failed' || apply.status === 'applied') && Object.keys(apply.created).length > 0 ? (
          <Button type="button" variant="outline" disabled={busy} onClick={() => void run('undo', apply)}>
            Undo (remove what this plan created)
          </Button>
        ) : null}
      </div>
    </StepShell>
  );
}
