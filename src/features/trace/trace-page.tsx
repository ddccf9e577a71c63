import { useSuspenseQuery } from '@tanstack/react-query';
import { RouteIcon } from 'lucide-react';
import { useDeferredValue, useMemo } from 'react';
import { queries, useApiClient } from '@/api';
import { PageHeader } from '@/components/page-header';
import { QueryBoundary } from '@/components/query-boundary';
import { EmptyState } from '@/components/query-state';
import { Alert, AlertDescription, AlertTitle } from '@/components/ui/alert';
import { Card, CardContent } from '@/components/ui/card';
import { buildAccountIndex } from '@/domain/account';
import { parseDestination, prepareTrace, tracePacket } from '@/domain/trace';
import { reasonText } from './reason-text';
import { TraceForm } from './trace-form';
import { traceQueryOf } from './trace-inputs';
import { TraceResultView } from './trace-result-view';
import { useTraceInputs } from './use-trace-inputs';

const TITLE = 'Trace';
const DESCRIPTION = 'Follow one packet from a peer to a destination the way the NetBird data plane would: route, routing peer, policy, NAT. The address bar is a link to this trace.';

function TraceWorkbench() {
  const client = useApiClient();
  const { data: snapshot } = useSuspenseQuery(queries.snapshot(client));
  // One index per snapshot; every trace after that takes microseconds.
  const index = useMemo(() => {
    const i = buildAccountIndex(snapshot);
    prepareTrace(i);
    return i;
  }, [snapshot]);
  const [inputs, update] = useTraceInputs();
  // Typing stays responsive: the result follows the latest inputs when React has time.
  const deferred = useDeferredValue(inputs);
  const query = useMemo(() => traceQueryOf(deferred), [deferred]);
  const outcome = useMemo(() => (query === null ? null : tracePacket(index, query)), [index, query]);
  const destinationPort = useMemo(() => {
    const d = inputs.to.trim() === '' ? null : parseDestination(index, inputs.to);
    return d !== null && d.ok ? d.value.port : null;
  }, [index, inputs.to]);

  return (
    <div className="flex flex-col gap-6">
      <Card>
        <CardContent className="pt-5">
          <TraceForm index={index} inputs={inputs} destinationPort={destinationPort} onChange={update} />
        </CardContent>
      </Card>
      <p role="status" className="sr-only">
        {outcome !== null && outcome.ok ? `${outcome.value.verdict === 'allowed' ? 'Allowed' : 'Denied'}: ${reasonText(outcome.value.reason)}` : ''}
      </p>
      <section aria-label="Trace result" aria-busy={deferred !== inputs} className="flex flex-col gap-6">
        {query === null || outcome === null ? (
          <EmptyState
            icon={<RouteIcon />}
            title="Pick a source peer and a destination"
            message="The trace runs as you type: a peer, a network resource, an IP address or a domain name, with an optional port."
          />
        ) : !outcome.ok ? (
          <Alert variant="info">
            <AlertTitle>Nothing to trace yet</AlertTitle>
            <AlertDescription>
              <p>{outcome.error}</p>
            </AlertDescription>
          </Alert>
        ) : (
          <TraceResultView index={index} query={query} result={outcome.value} />
        )}
      </section>
    </div>
  );
}

/** TracePage: can this peer reach that destination, through which routing peer, and why. */
export default function TracePage() {
  return (
    <>
      <PageHeader title={TITLE} description={DESCRIPTION} />
      <QueryBoundary>
        <TraceWorkbench />
      </QueryBoundary>
    </>
  );
}
