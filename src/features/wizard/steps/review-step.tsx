import { useMemo } from 'react';
import { AccessChangeList } from '@/components/access-diff/access-change-list';
import { Badge } from '@/components/ui/badge';
import { Checkbox } from '@/components/ui/checkbox';
import { buildAccountIndex } from '@/domain/account';
import { accessDiff } from '@/domain/access/access-diff';
import { findingKey, newFindings, unacceptedErrors } from '@/domain/wizard';
import { StepShell } from '../step-shell';
import type { WizardModel } from '../use-wizard';

/** ReviewStep: every object to create, the linter's new findings (errors resolved or accepted) and who gains what. */
export function ReviewStep({ w }: { w: WizardModel }) {
  const plan = w.plan!;
  const findings = useMemo(() => newFindings(w.snapshot, w.planned), [w.snapshot, w.planned]);
  const diff = useMemo(() => accessDiff(buildAccountIndex(w.snapshot), buildAccountIndex(w.planned)), [w.snapshot, w.planned]);
  const blocking = unacceptedErrors(findings, plan.acceptedFindings);
  const stepErrors = w.issues.filter((i) => i.severity === 'error');
  const toggle = (key: string, on: boolean) => w.update({ acceptedFindings: on ? [...plan.acceptedFindings, key] : plan.acceptedFindings.filter((k) => k !== key) });
  return (
    <StepShell
      title="6. Review"
      description="Everything the plan will create, what the linter finds in the planned account, and who gains access."
      issues={stepErrors}
      onBack={() => w.go('access')}
      next={{ label: 'Apply the plan', onClick: () => w.go('apply'), disabled: blocking.length > 0 || stepErrors.length > 0 }}
    >
      <section aria-labelledby="review-objects" className="flex flex-col gap-2">
        <h3 id="review-objects" className="text-sm font-medium">
          To create ({w.objects.length})
        </h3>
        <ol className="list-decimal pl-5 text-sm">
          {w.objects.map((o) => (
            <li key={o.id}>{o.label}</li>
          ))}
        </ol>
      </section>
      <section aria-labelledby="review-findings" className="flex flex-col gap-2">
        <h3 id="review-findings" className="text-sm font-medium">
          Findings the plan brings in
        </h3>
        {findings.length === 0 ? <p className="text-sm text-muted-foreground">None: the linter finds nothing new in the planned account.</p> : null}
        <ul className="flex flex-col gap-2">
          {findings.map((f) => {
            const key = findingKey(f);
            return (
              <li key={`${key}-${f.message}`} className="flex flex-col gap-1 rounded-md border p-2 text-sm">
                <span className="flex items-center gap-2">
                  <Badge variant={f.severity === 'error' ? 'destructive' : f.severity === 'warning' ? 'warning' : 'info'}>{f.severity}</Badge>
                  {f.message}
                </span>
                {f.severity === 'error' ? (
                  <label className="flex items-center gap-2 text-xs">
                    <Checkbox checked={plan.acceptedFindings.includes(key)} onCheckedChange={(v) => toggle(key, v === true)} />
                    Accept this error and apply anyway
                  </label>
                ) : null}
              </li>
            );
          })}
        </ul>
      </section>
      <section aria-labelledby="review-access" className="flex flex-col gap-2">
        <h3 id="review-access" className="text-sm font-medium">
          Access diff
        </h3>
        {diff.changes.length === 0 ? <p className="text-sm text-muted-foreground">Nobody gains or loses access.</p> : <AccessChangeList changes={diff.changes} />}
      </section>
    </StepShell>
  );
}
