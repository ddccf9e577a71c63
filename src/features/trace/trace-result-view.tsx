import { useMemo } from 'react';
import type { AccountIndex } from '@/domain/account';
import { debugTraceCommand, domainLeak, traceRoutingChoice, type TraceQuery, type TraceResult } from '@/domain/trace';
import { DebugCommandCard } from './debug-command-card';
import { DnsCard } from './dns-card';
import { DomainLeakAlert } from './domain-leak-alert';
import { RoutingChoiceCard } from './routing-choice-card';
import { TraceFacts } from './trace-facts';
import { TracePath } from './trace-path';
import { TraceStages } from './trace-stages';
import { VerdictCard } from './verdict-card';

/** TraceResultView: the verdict first, then the path, the stages and every decision behind them. */
export function TraceResultView({ index, query, result }: { index: AccountIndex; query: TraceQuery; result: TraceResult }) {
  const choice = useMemo(() => traceRoutingChoice(index, query, result), [index, query, result]);
  const command = useMemo(() => debugTraceCommand(index, query, result), [index, query, result]);
  const leak = useMemo(() => domainLeak(index, query, result), [index, query, result]);
  return (
    <div className="flex flex-col gap-6">
      <VerdictCard index={index} result={result} />
      {leak !== null ? <DomainLeakAlert index={index} leak={leak} allowed={result.verdict === 'allowed'} /> : null}
      <TracePath index={index} query={query} result={result} choice={choice} />
      <div className="grid grid-cols-[minmax(0,1fr)] items-start gap-6 lg:grid-cols-[minmax(0,1fr)_minmax(0,1fr)]">
        <div className="flex flex-col gap-6">
          <TraceFacts index={index} result={result} />
          <TraceStages index={index} result={result} />
        </div>
        <div className="flex flex-col gap-6">
          {choice !== null ? <RoutingChoiceCard index={index} choice={choice} /> : null}
          {result.dns !== null ? <DnsCard index={index} dns={result.dns} /> : null}
          {command !== null ? <DebugCommandCard index={index} command={command} /> : null}
        </div>
      </div>
    </div>
  );
}
