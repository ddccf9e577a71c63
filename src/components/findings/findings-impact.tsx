import { LoaderIcon } from 'lucide-react';
import { AnalysisFailed } from '../analysis/analysis-status';
import type { AnalysisState } from '../analysis/use-analysis';
import { Alert, AlertDescription, AlertTitle } from '@/components/ui/alert';
import type { Finding } from '@/domain/rules/lint';
import type { MembershipImpact } from '@/domain/rules/editor/group-membership-impact';

/**
 * FindingsImpact: the linter's findings a draft would add and resolve, said before saving. Every
 * editor that previews its change in the linter's words (policies, group membership) shows it the
 * same way. The answer comes from the analysis worker (useFindingsImpact): until the first one
 * arrives a quiet line says it is coming; after that the previous answer stays on screen, marked
 * busy, while the latest edit is checked, so the alerts do not flicker as the admin types.
 */
export function FindingsImpact({ analysis }: { analysis: AnalysisState<MembershipImpact> }) {
  if (analysis.error !== null) return <AnalysisFailed error={analysis.error} onRetry={analysis.retry} title="The findings could not be checked" />;
  const impact = analysis.value;
  if (impact === undefined) return analysis.pending ? <CheckingFindings /> : null;
  if (impact.introduced.length === 0 && impact.resolved.length === 0) return null;
  return (
    <div className="flex flex-col gap-3" aria-label="What saving would change" aria-busy={analysis.pending}>
      <FindingList findings={impact.introduced} verb="add" variant="warning" />
      <FindingList findings={impact.resolved} verb="resolve" variant="success" />
    </div>
  );
}

function CheckingFindings() {
  return (
    <p role="status" className="flex items-center gap-2 text-sm text-muted-foreground">
      <LoaderIcon aria-hidden="true" className="size-4 animate-spin motion-reduce:animate-none" />
      Checking findings…
    </p>
  );
}

function FindingList({ findings, verb, variant }: { findings: readonly Finding[]; verb: string; variant: 'warning' | 'success' }) {
  if (findings.length === 0) return null;
  return (
    <Alert variant={variant}>
      <AlertTitle>
        Saving would {verb} {findings.length === 1 ? 'this finding' : 'these findings'}
      </AlertTitle>
      <AlertDescription>
        <ul className="ml-4 list-disc">
          {findings.map((f) => (
            <li key={`${f.code}:${f.message}`}>{f.message}</li>
          ))}
        </ul>
      </AlertDescription>
    </Alert>
  );
}
