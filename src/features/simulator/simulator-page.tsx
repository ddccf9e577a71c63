import { useSuspenseQuery } from '@tanstack/react-query';
import { useMemo, useState } from 'react';
import { queries, useApiClient } from '@/api';
import { PageHeader } from '@/components/page-header';
import { QueryBoundary } from '@/components/query-boundary';
import { Card, CardContent } from '@/components/ui/card';
import { worldAt } from '@/domain/sim';
import { ClockBar } from './clock-bar';
import { LabCard } from './lab-card';
import { PeerViews } from './peer-views';
import { defaultRoute, routeOptions } from './route-choice';
import { RoutingPeerControls } from './routing-peer-controls';
import { ScenarioCard } from './scenario-card';
import { TimelineCard } from './timeline-card';
import { Topology } from './topology';
import { useClock } from './use-clock';
import { useSimulation, type Simulation } from './use-simulation';

const TITLE = 'Simulator';
const DESCRIPTION =
  'Simulated peers take the account the way agents take their network map and react to events over time: routing-peer failover, latency margins, relayed links. Deterministic: the same scenario always gives the same timeline.';

function Running({ sim, run }: { sim: Simulation; run: NonNullable<Simulation['run']> }) {
  const { prep, result, tracks } = run;
  const clock = useClock(result.duration_s);
  // The world changes only at whole seconds (events are whole seconds, ticks every 30 s).
  const second = Math.floor(clock.t);
  const world = useMemo(() => worldAt(prep, second), [prep, second]);
  const options = useMemo(() => routeOptions(result), [result]);
  const [picked, setPicked] = useState<string | null>(null);
  const route = picked !== null && options.some((o) => o.key === picked) ? picked : defaultRoute(sim.index, options);
  const seek = (t: number) => {
    clock.setPlaying(false);
    clock.setT(t);
  };
  return (
    <>
      <Card aria-label="Clock" className="sticky top-14 z-20">
        <CardContent padding="none" className="px-5 py-3">
          <ClockBar clock={clock} duration={result.duration_s} />
        </CardContent>
      </Card>
      <RoutingPeerControls world={world} onEvents={sim.addEvents} />
      <TimelineCard result={result} world={world} options={options} route={route} onRoute={setPicked} onSeek={seek} />
      <Topology result={result} world={world} route={route} />
      <PeerViews prep={prep} result={result} tracks={tracks} second={second} />
    </>
  );
}

function Workbench() {
  const client = useApiClient();
  const { data: snapshot } = useSuspenseQuery(queries.snapshot(client));
  const sim = useSimulation(snapshot);
  return (
    <div className="flex flex-col gap-6">
      <ScenarioCard sim={sim} />
      {sim.run !== null ? <Running sim={sim} run={sim.run} /> : null}
      <LabCard snapshot={snapshot} index={sim.index} />
    </div>
  );
}

/** SimulatorPage: the lab over simulated time, what each client does, and what each host shows. */
export default function SimulatorPage() {
  return (
    <>
      <PageHeader title={TITLE} description={DESCRIPTION} />
      <QueryBoundary>
        <Workbench />
      </QueryBoundary>
    </>
  );
}
