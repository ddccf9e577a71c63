import { SEVERITIES } from '@/domain/review/group-findings';
import type { Severity } from '@/domain/rules/lint';
import { cn } from '@/lib/cn';
import { SEVERITY_ICON, SEVERITY_MEANING, SEVERITY_TEXT } from './severity';

const TONE: Record<Severity, string> = { error: 'text-destructive', warning: 'text-warning', info: 'text-info' };

/** FindingsSummary: the three counts at the top of the Review page, with what each severity means. */
export function FindingsSummary({ counts }: { counts: Record<Severity, number> }) {
  return (
    <dl aria-label="Findings by severity" className="grid gap-3 sm:grid-cols-3">
      {SEVERITIES.map((s) => {
        const Icon = SEVERITY_ICON[s];
        return (
          <div key={s} className="flex items-start gap-3 rounded-lg border bg-card p-4">
            <Icon className={cn('mt-1 size-5 shrink-0', counts[s] > 0 ? TONE[s] : 'text-muted-foreground')} aria-hidden="true" />
            <div className="flex flex-col">
              <dt className="text-sm text-muted-foreground">{SEVERITY_TEXT[s].many}</dt>
              <dd className="text-2xl font-semibold tabular-nums">{counts[s]}</dd>
              <dd className="text-xs text-muted-foreground">{SEVERITY_MEANING[s]}</dd>
            </div>
          </div>
        );
      })}
    </dl>
  );
}
