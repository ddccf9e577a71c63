import type { HoldReason } from '@/domain/routing/choose-routing-peer';
import type { SimTrack } from '@/domain/sim';

/**
 * holds-text: the switches that did not happen. Each time a client kept its routing peer although
 * another ranked better, the run counted why; this sums them for a route, in words.
 */
const HOLD_TEXT: Readonly<Record<Exclude<HoldReason, 'best'>, string>> = {
  'latency-gain-below-margin': 'latency gain below the switching margin (20 ms or more)',
  'latency-dwell': 'within 30 s of a latency switch',
  'relayed-switch-delay': 'waiting out the relayed-switch delay',
  'relayed-switch-never': 'relayed-switch delay is "never"',
};

export function holdsText(tracks: readonly SimTrack[]): string | null {
  const sums = new Map<Exclude<HoldReason, 'best'>, number>();
  for (const t of tracks) for (const [k, n] of Object.entries(t.holds) as [Exclude<HoldReason, 'best'>, number][]) sums.set(k, (sums.get(k) ?? 0) + n);
  if (sums.size === 0) return null;
  const parts = [...sums].map(([k, n]) => `${HOLD_TEXT[k]}: ${n}×`);
  return `Kept their routing peer although another ranked better (no flapping): ${parts.join('; ')}.`;
}
