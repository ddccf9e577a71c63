import { describe, expect, it } from 'vitest';
import { haBadgeOn, haStatus, sharedFailureDomainOf } from './ha-status';

describe('haStatus', () => {
  it('needs two distinct peers: the same peer named twice counts once', () => {
    expect(haStatus([])).toEqual({ kind: 'too-few-peers', peers: 0 });
    expect(haStatus([{ id: 'a' }, { id: 'a' }])).toEqual({ kind: 'too-few-peers', peers: 1 });
  });

  it('is effective for two peers in different or unknown failure domains', () => {
    expect(haStatus([{ id: 'a', failureDomain: 'room-a' }, { id: 'b', failureDomain: 'room-b' }])).toEqual({ kind: 'effective', peers: 2, online: 2 });
    expect(haStatus([{ id: 'a', failureDomain: 'room-a' }, { id: 'b' }]).kind).toBe('effective');
  });

  it('is not effective when every peer is in one known failure domain', () => {
    expect(haStatus([{ id: 'a', failureDomain: 'az-1' }, { id: 'b', failureDomain: 'az-1' }])).toEqual({ kind: 'same-failure-domain', peers: 2, domain: 'az-1' });
  });

  it('is not effective when fewer than two peers are online now', () => {
    expect(haStatus([{ id: 'a', online: true }, { id: 'b', online: false }])).toEqual({ kind: 'too-few-online', peers: 2, online: 1 });
    expect(haStatus([{ id: 'a', online: true }, { id: 'b', online: false }, { id: 'c', online: true }]).kind).toBe('effective');
  });

  it('turns the badge on only when effective', () => {
    expect(haBadgeOn(haStatus([{ id: 'a' }, { id: 'b' }]))).toBe(true);
    expect(haBadgeOn(haStatus([{ id: 'a' }]))).toBe(false);
  });
});

describe('sharedFailureDomainOf', () => {
  it('is null for fewer than two peers, an unknown or an empty domain', () => {
    expect(sharedFailureDomainOf([{ failureDomain: 'x' }])).toBeNull();
    expect(sharedFailureDomainOf([{ failureDomain: 'x' }, {}])).toBeNull();
    expect(sharedFailureDomainOf([{ failureDomain: 'x' }, { failureDomain: '' }])).toBeNull();
    expect(sharedFailureDomainOf([{ failureDomain: 'x' }, { failureDomain: 'x' }])).toBe('x');
  });
});
