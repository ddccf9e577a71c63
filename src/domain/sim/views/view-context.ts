import type { AccountIndex } from '@/domain/account';
import { worldAt, type PreparedSim, type SimWorld } from '../prepare';
import { changeAt, type SimResult, type SimTrack, type TrackChange } from '../sim-result';

/**
 * view-context: what the per-peer views read at one moment of a run: the account and lab as they
 * stand at `t`, and which routing peer carries each client's route then (from the run's tracks,
 * so the views and the timeline can never disagree).
 */
export interface ViewContext {
  t: number;
  world: SimWorld;
  index: AccountIndex;
  /** The run's tracks of a client, by route key. */
  tracksOf(client: string): readonly SimTrack[];
  /** The state of a client's route at `t`; null when the client has no such track (yet). */
  carrier(client: string, route: string): TrackChange | null;
  seed: number;
}

/** TrackIndex: a run's tracks by client, built once per run (a page moves `t` far more often). */
export type TrackIndex = ReadonlyMap<string, readonly SimTrack[]>;

export function indexTracks(result: SimResult): TrackIndex {
  const byClient = new Map<string, SimTrack[]>();
  for (const track of result.tracks) {
    const list = byClient.get(track.client);
    if (list === undefined) byClient.set(track.client, [track]);
    else list.push(track);
  }
  return byClient;
}

export function viewContext(prep: PreparedSim, result: SimResult, t: number, byClient: TrackIndex = indexTracks(result)): ViewContext {
  const world = worldAt(prep, t);
  return {
    t,
    world,
    index: world.index,
    seed: prep.scenario.seed,
    tracksOf: (client) => byClient.get(client) ?? [],
    carrier: (client, route) => {
      const track = byClient.get(client)?.find((tr) => tr.route === route);
      return track === undefined ? null : changeAt(track, t);
    },
  };
}

/** peerName: the peer's name, or its id when the account does not know it. */
export const peerName = (index: AccountIndex, id: string): string => index.peers.get(id)?.name ?? id;

/** fqdn: the peer's DNS label (NetBird's FQDN), or its name. */
export function fqdn(index: AccountIndex, id: string): string {
  const p = index.peers.get(id);
  return p?.dns_label ?? p?.name ?? id;
}
