import { Alert, AlertDescription, AlertTitle } from '@/components/ui/alert';
import type { MembershipImpact } from '@/domain/rules/editor/group-membership-impact';

/** GroupImpact: the findings a membership change would add and resolve, said before saving. */
export function GroupImpact({ impact }: { impact: MembershipImpact }) {
  if (impact.introduced.length === 0 && impact.resolved.length === 0) return null;
  return (
    <div className="flex flex-col gap-3" aria-label="What saving would change">
      {impact.introduced.length > 0 ? (
        <Alert variant="warning">
          <AlertTitle>Saving would add {impact.introduced.length === 1 ? 'this finding' : 'these findings'}</AlertTitle>
          <AlertDescription>
            <ul className="ml-4 list-disc">
              {impact.introduced.map((f) => (
                <li key={`${f.code}:${f.message}`}>{f.message}</li>
              ))}
            </ul>
          </AlertDescription>
        </Alert>
      ) : null}
      {impact.resolved.length > 0 ? (
        <Alert variant="success">
          <AlertTitle>Saving would resolve {impact.resolved.length === 1 ? 'this finding' : 'these findings'}</AlertTitle>
          <AlertDescription>
            <ul className="ml-4 list-disc">
              {impact.resolved.map((f) => (
                <li key={`${f.code}:${f.message}`}>{f.message}</li>
              ))}
            </ul>
          </AlertDescription>
        </Alert>
      ) : null}
    </div>
  );
}
