import { carryingRows, type HaRow, type HaView } from './ha-view';

/**
 * ha-drain: taking a routing peer out for maintenance. Raising its metric to the maximum makes
 * every client prefer the others while it stays a last resort; disabling its router or route takes
 * it out entirely. Either way the admin first sees who takes over, computed by ranking again with
 * the change applied.
 */

export type DrainMode = 'raise-metric' | 'disable';

/** DRAIN_METRIC: the highest metric NetBird accepts (1..9999): every other peer ranks before it. */
export const DRAIN_METRIC = 9999;

export type DrainOutcome =
  /** Traffic moves to these peers. */
  | { kind: 'moves'; to: HaRow[] }
  /** The drained peers still carry traffic: nobody else can (e.g. the only routing peer, raised metric). */
  | { kind: 'stays'; on: HaRow[] }
  /** Nobody carries traffic afterwards: clients lose the destination. */
  | { kind: 'nobody' };

/** drainOutcome: compare the ranking after the drain with the drained peers. */
export function drainOutcome(after: HaView, drainedPeerIds: readonly string[]): DrainOutcome {
  const carrying = carryingRows(after);
  if (carrying.length === 0) return { kind: 'nobody' };
  const drained = new Set(drainedPeerIds);
  const others = carrying.filter((r) => !drained.has(r.peerId));
  if (others.length > 0) return { kind: 'moves', to: others };
  return { kind: 'stays', on: carrying };
}
