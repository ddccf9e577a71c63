import { describe, expect, it } from 'vitest';
import { describeGrant, FULL_REACH, isEmptyReach, mergeRanges, NO_REACH, reachGrants, reachOfGrant, reachOverlaps, subtractReach, unionReach } from './reach';

const text = (r: ReturnType<typeof reachOfGrant>) => reachGrants(r).map(describeGrant).join('; ');

describe('reach', () => {
  it('merges overlapping and adjacent port ranges', () => {
    expect(mergeRanges([{ start: 443, end: 443 }, { start: 20, end: 22 }, { start: 23, end: 25 }, { start: 400, end: 500 }])).toEqual([
      { start: 20, end: 25 },
      { start: 400, end: 500 },
    ]);
  });

  it('reads grants the way the packet matcher does', () => {
    expect(text(reachOfGrant('all', []))).toBe('all traffic');
    expect(text(reachOfGrant('tcp', []))).toBe('tcp (every port)');
    expect(text(reachOfGrant('udp', ['53', '500-600']))).toBe('udp 53, 500-600');
    expect(text(reachOfGrant('netbird-ssh', []))).toBe('tcp 22, 22022');
    expect(text(reachOfGrant('icmp', ['7']))).toBe('icmp');
  });

  it('subtracts per protocol and port', () => {
    const before = unionReach(reachOfGrant('tcp', ['22', '443']), reachOfGrant('icmp', []));
    const after = reachOfGrant('tcp', ['400-450']);
    expect(text(subtractReach(before, after))).toBe('tcp 22; icmp');
    expect(text(subtractReach(after, before))).toBe('tcp 400-442, 444-450');
    expect(text(subtractReach(FULL_REACH, reachOfGrant('tcp', ['1-65534'])))).toBe('tcp 65535; udp (every port); icmp; other IP protocols');
    expect(isEmptyReach(subtractReach(reachOfGrant('tcp', ['22']), FULL_REACH))).toBe(true);
  });

  it('tells whether two reaches share any traffic', () => {
    expect(reachOverlaps(reachOfGrant('tcp', ['22']), reachOfGrant('tcp', ['20-30']))).toBe(true);
    expect(reachOverlaps(reachOfGrant('tcp', ['22']), reachOfGrant('udp', ['22']))).toBe(false);
    expect(reachOverlaps(NO_REACH, FULL_REACH)).toBe(false);
  });
});
