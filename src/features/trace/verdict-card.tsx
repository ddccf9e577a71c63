import { BanIcon, CircleCheckIcon, WrenchIcon } from 'lucide-react';
import { Link } from '@/lib/router';
import { fixLink } from '@/components/ref-paths';
import { Badge } from '@/components/ui/badge';
import { Card, CardContent } from '@/components/ui/card';
import type { AccountIndex } from '@/domain/account';
import { fixTargets, suggestFix, type TraceResult } from '@/domain/trace';
import { cn } from '@/lib/cn';
import { reasonText } from './reason-text';
import { LinkedMessage, RefLink } from './ref-link';

/** decisiveMessage: the stage that decided: the one that denied, or the final delivery. */
function decisiveMessage(result: TraceResult): string {
  const denied = result.stages.find((s) => !s.allowed && s.stage !== 'Completed');
  if (denied !== undefined) return `${denied.stage}: ${denied.message}`;
  return result.stages.at(-1)?.message ?? '';
}

/**
 * VerdictCard: allowed or denied, why in words, and for a denial what would fix it with links to
 * the objects to change. A denial always carries its fix: suggestFix has one for every reason.
 */
export function VerdictCard({ index, result }: { index: AccountIndex; result: TraceResult }) {
  const allowed = result.verdict === 'allowed';
  const fix = suggestFix(result);
  const links = fixTargets(index, result).map((t) => fixLink(index, t));
  return (
    <Card aria-label="Verdict" className={cn('border-l-4', allowed ? 'border-l-success' : 'border-l-destructive')}>
      <CardContent padding="none" className="flex flex-col gap-3 px-5 py-5">
        <div className="flex flex-wrap items-center gap-3">
          <Badge variant={allowed ? 'success' : 'destructive'} size="lg">
            {allowed ? <CircleCheckIcon aria-hidden="true" /> : <BanIcon aria-hidden="true" />}
            {allowed ? 'Allowed' : 'Denied'}
          </Badge>
          <h2 className="text-lg font-semibold leading-tight">{reasonText(result.reason)}</h2>
          {allowed ? null : <code className="rounded bg-muted px-1.5 py-0.5 font-mono text-xs text-muted-foreground">{result.reason}</code>}
        </div>
        <p className="text-sm leading-relaxed text-muted-foreground">
          <LinkedMessage index={index} message={decisiveMessage(result)} />
          {allowed && result.policy !== null ? (
            <>
              {', allowed by policy '}
              <RefLink index={index} target={{ type: 'policy', id: result.policy }} />
            </>
          ) : null}
        </p>
        {fix !== null ? (
          <div role="note" aria-label="What would fix it" className="flex gap-3 rounded-md border border-warning/50 bg-warning/10 px-4 py-3 text-sm">
            <WrenchIcon className="mt-0.5 size-4 shrink-0 text-warning" aria-hidden="true" />
            <div className="flex min-w-0 flex-col gap-2">
              <p className="font-medium">What would fix it</p>
              <p className="leading-relaxed">
                <LinkedMessage index={index} message={fix} />
              </p>
              {links.length > 0 ? (
                <ul className="flex flex-wrap gap-x-4 gap-y-1">
                  {links.map((l) => (
                    <li key={l.to}>
                      <Link to={l.to} className="font-medium text-primary hover:underline">
                        {l.label}
                      </Link>
                    </li>
                  ))}
                </ul>
              ) : null}
            </div>
          </div>
        ) : null}
      </CardContent>
    </Card>
  );
}
