import { describe, expect, it } from 'vitest';
import type { RefLookup } from './field-issue';
import { validateNetworkRouter } from './network-router';

const refs: RefLookup = { hasGroup: (id) => id === 'routers', hasPeer: (id) => id === 'p1' };

describe('validateNetworkRouter', () => {
  it('accepts a peer or a peer group with a metric in range', () => {
    expect(validateNetworkRouter({ peer: 'p1', metric: 1 }, refs)).toEqual([]);
    expect(validateNetworkRouter({ peer: '', peer_groups: ['routers'], metric: 9999 }, refs)).toEqual([]);
  });
  it('requires exactly one of peer and peer_groups', () => {
    expect(validateNetworkRouter({ peer: 'p1', peer_groups: ['routers'], metric: 10 }, refs)[0]?.message).toMatch(/cannot both be set/);
    expect(validateNetworkRouter({ peer: '', peer_groups: [], metric: 10 }, refs)[0]?.message).toMatch(/routing peer is required/);
  });
  it('names unknown peers and groups', () => {
    expect(validateNetworkRouter({ peer: 'ghost', metric: 10 }, refs)).toEqual([{ field: 'peer', message: 'peer "ghost" does not exist' }]);
    expect(validateNetworkRouter({ peer_groups: ['nope'], metric: 10 }, refs)).toEqual([
      { field: 'peer_groups', message: 'peer_groups: group "nope" does not exist' },
    ]);
  });
  it('refuses a metric outside 1..9999 (stricter than NetBird)', () => {
    expect(validateNetworkRouter({ peer: 'p1', metric: 0 }, refs)).toEqual([{ field: 'metric', message: 'metric must be between 1 and 9999, got 0' }]);
    expect(validateNetworkRouter({ peer: 'p1', metric: 10000 }, refs)[0]?.field).toBe('metric');
  });
});
