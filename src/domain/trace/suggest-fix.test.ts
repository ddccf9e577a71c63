import { describe, expect, it } from 'vitest';
import { snapshotBuilder } from '@/domain/testing/snapshot-builder';
import { traceOf } from '@/domain/testing/trace-helpers';
import { suggestFix } from './suggest-fix';

const account = () =>
  snapshotBuilder()
    .peer('alice', { groups: ['engineers'] })
    .peer('db', { groups: ['servers'], online: false })
    .peer('gw', { groups: ['routers'], lanIp: '10.10.0.2' })
    .peer('exit', { groups: ['exit-nodes'] })
    .network('office', { routers: [{ peerGroups: ['routers'] }], resources: [{ id: 'lan', address: '10.10.0.0/16', groups: ['office'] }] })
    .exitNode('exit', { peerGroups: ['exit-nodes'], groups: ['engineers'] })
    .policy('office', { sources: ['engineers'], destinations: ['office'] })
    .policy('db', { sources: ['engineers'], destinations: ['servers'] })
    .build();

describe('suggestFix', () => {
  it('has nothing to fix for an allowed packet', () => {
    expect(suggestFix(traceOf(account(), { from: 'alice', to: '10.10.9.9' }))).toBeNull();
  });

  it("names the fix for each denial in the docs' terms", () => {
    const fix = (to: string) => suggestFix(traceOf(account(), { from: 'alice', to })) ?? '';
    expect(fix('10.10.0.2:22')).toMatch(/peer-to-peer policy .* routing peer's group/);
    expect(fix('1.1.1.1')).toMatch(/at least ICMP/);
    expect(fix('2001:db8::1')).toMatch(/block IPv6/);
    expect(fix('db')).toMatch(/Peer db is offline/);
    expect(fix('nowhere.example')).toMatch(/nowhere\.example has no DNS answer/);
  });
});
