import { useMemo, useState } from 'react';
import { buildAccountIndex, type AccountIndex } from '@/domain/account';
import { indexTracks, prepareSimulation, runPrepared, withEvents, type PreparedSim, type SimEvent, type SimResult, type TrackIndex } from '@/domain/sim';
import type { Snapshot } from '@/domain/snapshot';
import { resolveScenario, type ResolvedScenario, type ScenarioSource } from './scenario-source';

export interface Simulation {
  index: AccountIndex;
  source: ScenarioSource;
  setSource(s: ScenarioSource): void;
  resolved: ResolvedScenario;
  /** Events added on the page (buttons), on top of the scenario's own. */
  added: readonly SimEvent[];
  addEvents(events: readonly SimEvent[]): void;
  clearAdded(): void;
  run: { prep: PreparedSim; result: SimResult; tracks: TrackIndex } | null;
}

/**
 * useSimulation: the scenario the page runs (its source plus the events added with the
 * buttons), and the run itself, recomputed only when the account or the scenario changes; the
 * clock only reads the result.
 */
export function useSimulation(snapshot: Snapshot): Simulation {
  const index = useMemo(() => buildAccountIndex(snapshot), [snapshot]);
  const [source, setSourceState] = useState<ScenarioSource>({ kind: 'lab' });
  const [added, setAdded] = useState<readonly SimEvent[]>([]);
  const resolved = useMemo(() => resolveScenario(index, source), [index, source]);
  const run = useMemo(() => {
    if (!resolved.ok) return null;
    const prep = prepareSimulation(snapshot, withEvents(resolved.scenario, added));
    const result = runPrepared(prep);
    return { prep, result, tracks: indexTracks(result) };
  }, [snapshot, resolved, added]);
  return {
    index,
    source,
    setSource: (s) => {
      setSourceState(s);
      setAdded([]);
    },
    resolved,
    added,
    addEvents: (events) => setAdded((prev) => [...prev, ...events]),
    clearAdded: () => setAdded([]),
    run,
  };
}
