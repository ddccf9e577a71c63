import { useId } from 'react';
import { FixButton } from '@/components/form';
import { LINT_TITLES } from '@/domain/review/code-titles';
import type { ReviewFinding } from '@/domain/review/review-report';
import type { FixSuggestion } from '@/domain/rules/lint';
import { cn } from '@/lib/cn';
import { FindingRefLinks } from './finding-ref-links';
import { SeverityBadge } from './severity';

const BORDER = { error: 'border-l-destructive', warning: 'border-l-warning', info: 'border-l-info' } as const;

/**
 * FindingCard: one finding: its title and stable code, the linter's explanation, the objects it
 * names (linked), and the one-click fix when there is exactly one sensible change.
 */
export function FindingCard({ finding, onFix }: { finding: ReviewFinding; onFix: (fix: FixSuggestion) => Promise<unknown> }) {
  const titleId = useId();
  const fix = finding.fix;
  return (
    <article aria-labelledby={titleId} className={cn('flex flex-col gap-2 rounded-lg border border-l-4 bg-card p-4', BORDER[finding.severity])}>
      <div className="flex flex-wrap items-center gap-2">
        <SeverityBadge severity={finding.severity} />
        <h4 id={titleId} className="text-sm font-semibold">
          {LINT_TITLES[finding.code]}
        </h4>
        <code className="rounded bg-muted px-1.5 py-0.5 font-mono text-xs text-muted-foreground">{finding.code}</code>
      </div>
      <p className="text-sm">{finding.message}</p>
      <FindingRefLinks refs={finding.refs} />
      {fix !== null && finding.fixLabel !== null ? (
        <div className="pt-1">
          <FixButton label={finding.fixLabel} run={() => onFix(fix)} />
        </div>
      ) : null}
    </article>
  );
}
