import { explainApiError } from '../explain-api-error';
import type { BulkOutcome } from './use-bulk-run';

/** BulkOutcomeText: "Disabled 3 resources." and, per refused item, the server's reason. */
export function BulkOutcomeText({ outcome, noun }: { outcome: BulkOutcome | null; noun: (n: number) => string }) {
  if (!outcome) return null;
  return (
    <div className="flex flex-col gap-1 text-sm" role={outcome.failures.length > 0 ? 'alert' : undefined}>
      <p role="status">
        {outcome.action} {outcome.done} {(outcome.noun ?? noun)(outcome.done)}
        {outcome.detail}.
        {outcome.failures.length > 0 ? ` ${outcome.failures.length} could not be changed.` : ''}
      </p>
      {outcome.failures.length > 0 ? (
        <ul aria-label="Not changed" className="ml-5 list-disc text-destructive">
          {outcome.failures.map((f, i) => (
            <li key={`${f.label}-${i}`}>
              {f.label}: {explainApiError(f.error).detail}
            </li>
          ))}
        </ul>
      ) : null}
    </div>
  );
}
