import { describe, expect, it } from 'vitest';
import { buildAccountIndex } from '@/domain/account';
import { snapshotBuilder } from '@/domain/testing/snapshot-builder';
import { decidePeerAcl, peerLink, type AclDecision } from './decide-acl';
import { ruleMatchesPacket } from './packet-match';
import { ruleIndexOf } from './rule-index';

const summary = (d: AclDecision) => (d.kind === 'no-match' ? 'no-match' : `${d.kind} ${d.rule.policy.id}`);

describe('decidePeerAcl', () => {
  const index = buildAccountIndex(
    snapshotBuilder()
      .peer('a', { groups: ['ga'] })
      .peer('b', { groups: ['gb'] })
      .peer('c', { groups: ['gc'] })
      .policy('accept-all', { sources: ['ga'], destinations: ['gb'] })
      .policy('drop-ssh', { sources: ['ga'], destinations: ['gb'], protocol: 'tcp', ports: ['22'], action: 'drop' })
      .policy('c-to-a-both', { sources: ['gc'], destinations: ['ga'], protocol: 'udp', bidirectional: true })
      .policy('peer-to-peer', { sourcePeer: 'c', destinationPeer: 'b', protocol: 'icmp' })
      .build(),
  );

  it('checks drop rules first even when an accept rule comes earlier', () => {
    expect(summary(decidePeerAcl(index, 'a', 'b', { protocol: 'tcp', port: 22 }))).toBe('drop drop-ssh');
    expect(summary(decidePeerAcl(index, 'a', 'b', { protocol: 'tcp', port: 443 }))).toBe('accept accept-all');
  });

  it('applies bidirectional rules both ways and one-way rules one way', () => {
    expect(summary(decidePeerAcl(index, 'a', 'c', { protocol: 'udp', port: 53 }))).toBe('accept c-to-a-both');
    expect(summary(decidePeerAcl(index, 'b', 'a', { protocol: 'tcp', port: 443 }))).toBe('no-match');
  });

  it('honours peers named as rule resources', () => {
    expect(summary(decidePeerAcl(index, 'c', 'b', { protocol: 'icmp', port: null }))).toBe('accept peer-to-peer');
  });

  it('links peers named by a rule in either direction, whatever it allows', () => {
    expect(peerLink(index, 'b', 'a')?.policy.id).toBe('accept-all');
    expect(peerLink(index, 'b', 'c')?.policy.id).toBe('peer-to-peer');
    expect(peerLink(index, 'a', 'a')).toBeNull();
  });
});

describe('ruleMatchesPacket', () => {
  const rules = ruleIndexOf(
    buildAccountIndex(
      snapshotBuilder()
        .policy('web', { sources: ['x'], destinations: ['y'], protocol: 'tcp', ports: ['80', '8000-8080'] })
        .policy('ranges', { sources: ['x'], destinations: ['y'], protocol: 'udp', portRanges: [{ start: 1000, end: 2000 }] })
        .policy('ssh', { sources: ['x'], destinations: ['y'], protocol: 'netbird-ssh' })
        .policy('tcp-any', { sources: ['x'], destinations: ['y'], protocol: 'tcp' })
        .build(),
    ),
  ).rules;
  const [web, ranges, ssh, tcpAny] = rules;

  it('matches single ports and port ranges, only for the same protocol', () => {
    expect(web && ruleMatchesPacket(web, { protocol: 'tcp', port: 80 })).toBe(true);
    expect(web && ruleMatchesPacket(web, { protocol: 'tcp', port: 8080 })).toBe(true);
    expect(web && ruleMatchesPacket(web, { protocol: 'tcp', port: 81 })).toBe(false);
    expect(web && ruleMatchesPacket(web, { protocol: 'udp', port: 80 })).toBe(false);
    expect(web && ruleMatchesPacket(web, { protocol: 'tcp', port: null })).toBe(false);
    expect(ranges && ruleMatchesPacket(ranges, { protocol: 'udp', port: 1500 })).toBe(true);
    expect(ranges && ruleMatchesPacket(ranges, { protocol: 'udp', port: 2001 })).toBe(false);
  });

  it('treats a rule without ports as every port, and netbird-ssh as NetBird SSH', () => {
    expect(tcpAny && ruleMatchesPacket(tcpAny, { protocol: 'tcp', port: null })).toBe(true);
    expect(tcpAny && ruleMatchesPacket(tcpAny, { protocol: 'all', port: null })).toBe(false);
    expect(ssh && ruleMatchesPacket(ssh, { protocol: 'tcp', port: 22 })).toBe(true);
    expect(ssh && ruleMatchesPacket(ssh, { protocol: 'tcp', port: 443 })).toBe(false);
  });
});
