import { describe, expect, it } from 'vitest';
import { flagText, haStatusText } from './ha-text';

describe('haStatusText', () => {
  it('says why the badge is on or off', () => {
    expect(haStatusText({ kind: 'effective', peers: 2, online: 2 })).toMatch(/^Highly available: 2 distinct enabled routing peers/);
    expect(haStatusText({ kind: 'too-few-peers', peers: 1 })).toMatch(/only 1 distinct enabled routing peer/);
    expect(haStatusText({ kind: 'too-few-peers', peers: 0 })).toMatch(/no enabled routing peer/);
    expect(haStatusText({ kind: 'same-failure-domain', peers: 2, domain: 'az-1' })).toMatch(/failure domain "az-1"/);
    expect(haStatusText({ kind: 'too-few-online', peers: 2, online: 1 })).toMatch(/only 1 of 2 routing peers is connected/);
  });
});

describe('flagText', () => {
  it('words each flag', () => {
    expect(flagText({ kind: 'counted-twice', carriers: ['gw', 'peer group routers'] })).toBe('Named twice (gw and peer group routers): it counts once');
    expect(flagText({ kind: 'disabled', carriers: ['gw'] })).toBe('Disabled in gw');
  });
});
