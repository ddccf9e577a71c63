import { describe, expect, it } from 'vitest';
import type { SimTrack } from '@/domain/sim';
import { holdsText } from './holds-text';

const track = (holds: SimTrack['holds']): SimTrack => ({ client: 'c', route: 'r', kind: 'network', label: 'R', changes: [], holds });

describe('holdsText', () => {
  it('sums the held-back evaluations of a route by reason', () => {
    expect(holdsText([track({ 'latency-gain-below-margin': 3 }), track({ 'latency-gain-below-margin': 2, 'latency-dwell': 1 })])).toBe(
      'Kept their routing peer although another ranked better (no flapping): latency gain below the switching margin (20 ms or more): 5×; within 30 s of a latency switch: 1×.',
    );
  });

  it('says nothing when nothing was held back', () => {
    expect(holdsText([track({})])).toBeNull();
  });
});
