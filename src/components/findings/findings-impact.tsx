import { Alert, AlertDescription, AlertTitle } from '@/components/ui/alert';
import type { Finding } from '@/domain/rules/lint';
import type { MembershipImpact } from '@/domain/rules/editor/group-membership-impact';

/**
 * FindingsImpact: the linter's findings a draft would add and resolve, said before saving. Every
 * editor that previews its change in the linter's words (policies, group membership) shows it the
 * same way.
 */
export function FindingsImpact({ impact }: { impact: MembershipImpact | null }) {
  if (!impact || (impact.introduced.length === 0 && impact.resolved.length === 0)) return null;
  return (
    <div className="flex flex-col gap-3" aria-label="What saving would change">
      <FindingList findings={impact.introduced} verb="add" variant="warning" />
      <FindingList findings={impact.resolved} verb="resolve" variant="success" />
    </div>
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
