import { useQuery } from '@tanstack/react-query';
import { CheckIcon, CircleAlertIcon, CircleIcon, LoaderIcon } from 'lucide-react';
import { useMemo, useState } from 'react';
import { Link } from '@/lib/router';
import { queries, useApiClient } from '@/api';
import { FormError } from '@/components/form';
import { useRouteLookups } from '@/components/lookups/use-route-lookups';
import { Button } from '@/components/ui/button';
import { Dialog, DialogContent, DialogDescription, DialogFooter, DialogHeader, DialogTitle, DialogTrigger } from '@/components/ui/dialog';
import { planRouteMigration } from '@/domain/draft/route-migration';
import { migrationStepText } from './migration-step-text';
import { useRouteMigration, type StepStatus } from './use-route-migration';

const STATUS_TEXT: Record<StepStatus, string> = { pending: 'to do', running: 'in progress', done: 'done', failed: 'failed' };

function StatusIcon({ status }: { status: StepStatus }) {
  const cls = 'mt-0.5 size-4 shrink-0';
  if (status === 'done') return <CheckIcon className={`${cls} text-success`} aria-hidden="true" />;
  if (status === 'running') return <LoaderIcon className={`${cls} animate-spin text-primary`} aria-hidden="true" />;
  if (status === 'failed') return <CircleAlertIcon className={`${cls} text-destructive`} aria-hidden="true" />;
  return <CircleIcon className={`${cls} text-muted-foreground`} aria-hidden="true" />;
}

/**
 * RouteMigrationDialog: "Migrate to a Network": shows the plan (planRouteMigration) before anything
 * changes, then applies it with each step's progress. The plan is computed from the current
 * account, so it names exactly what will be created and which routes will be disabled.
 */
export function RouteMigrationDialog({ routeId, triggerLabel = 'Migrate to a Network…' }: { routeId: string; triggerLabel?: string }) {
  const [open, setOpen] = useState(false);
  const client = useApiClient();
  const migration = useRouteMigration();
  const run = migration.run;
  // The plan is frozen once applying starts: the account changes under it step by step, and
  // re-reading the whole account after every step would only slow the migration down.
  const [frozen, setFrozen] = useState<ReturnType<typeof planRouteMigration> | null>(null);
  const snapshot = useQuery({ ...queries.snapshot(client), enabled: open && frozen === null });
  const lookups = useRouteLookups();
  const live = useMemo(() => {
    const route = snapshot.data?.routes.find((r) => r.id === routeId);
    return route && snapshot.data ? planRouteMigration(route, snapshot.data) : null;
  }, [snapshot.data, routeId]);
  const plan = frozen ?? live;
  const steps = plan?.ok ? plan.value.steps : [];
  const newGroup = steps.find((s) => s.kind === 'create-group');
  const names = {
    group: (id: string) => lookups.groupName(id) ?? id,
    peer: (id: string) => lookups.peer(id)?.name ?? id,
    newGroup: newGroup?.kind === 'create-group' ? newGroup.name : '',
  };
  const statuses = run.kind === 'idle' ? null : run.statuses;
  const busy = run.kind === 'running';

  const onOpenChange = (next: boolean) => {
    if (busy) return;
    setOpen(next);
    if (!next) {
      migration.reset();
      setFrozen(null);
    }
  };
  const apply = () => {
    if (!plan?.ok) return;
    setFrozen(plan);
    void migration.start(plan.value);
  };

  return (
    <Dialog open={open} onOpenChange={onOpenChange}>
      <DialogTrigger asChild>
        <Button size="sm" variant="outline">
          {triggerLabel}
        </Button>
      </DialogTrigger>
      <DialogContent size="2xl">
        <DialogHeader>
          <DialogTitle>Migrate to a Network</DialogTitle>
          <DialogDescription>
            A Network denies traffic until a policy allows it. These changes recreate what the route does today as a network, resource, routing peer and policy, then
            disable the route. Nothing changes until you apply them.
          </DialogDescription>
        </DialogHeader>
        {snapshot.isPending ? <p role="status">Reading the account…</p> : null}
        <FormError error={snapshot.error} title="The plan could not be made" />
        {plan && !plan.ok ? <p role="alert">This route cannot be migrated: {plan.error}.</p> : null}
        {plan?.ok ? (
          <div className="flex flex-col gap-4 text-sm">
            <ol aria-label="Migration steps" className="flex flex-col gap-2">
              {steps.map((step, i) => {
                const status = statuses?.[i] ?? 'pending';
                return (
                  <li key={`${step.kind}-${i}`} className="flex items-start gap-2">
                    <StatusIcon status={status} />
                    <span>
                      {migrationStepText(step, names)}
                      {statuses ? <span className="sr-only"> ({STATUS_TEXT[status]})</span> : null}
                    </span>
                  </li>
                );
              })}
            </ol>
            {plan.value.notes.length > 0 ? (
              <div>
                <p className="font-medium">Good to know</p>
                <ul aria-label="Migration notes" className="ml-5 list-disc text-muted-foreground">
                  {plan.value.notes.map((n) => (
                    <li key={n}>{n}</li>
                  ))}
                </ul>
              </div>
            ) : null}
          </div>
        ) : null}
        {run.kind === 'failed' ? (
          <>
            <FormError error={run.error} title="Migration stopped" />
            <p className="text-sm text-muted-foreground">Steps marked done stay applied; the route was not disabled, so it keeps working.</p>
          </>
        ) : null}
        {run.kind === 'done' ? (
          <p role="status" className="text-sm text-success">
            Migrated. The route is disabled and the{' '}
            <Link to={`/networks/${encodeURIComponent(run.networkId)}`} className="font-medium underline">
              new network
            </Link>{' '}
            carries the traffic.
          </p>
        ) : null}
        <DialogFooter>
          <Button variant="outline" onClick={() => onOpenChange(false)} disabled={busy}>
            {run.kind === 'done' ? 'Close' : 'Cancel'}
          </Button>
          {run.kind === 'done' ? null : (
            <Button onClick={apply} disabled={!plan?.ok || busy || run.kind === 'failed'}>
              {busy ? 'Migrating…' : 'Apply migration'}
            </Button>
          )}
        </DialogFooter>
      </DialogContent>
    </Dialog>
  );
}
