import { describe, expect, it } from 'vitest';
import { buildAccountIndex } from '@/domain/account';
import { snapshotBuilder } from '@/domain/testing/snapshot-builder';
import { groupByObject, groupBySeverity } from './group-findings';
import { reviewAccount } from './review-report';

/**
 * An office network served by two routing peers in one failure domain (HA not effective), with a
 * resource nobody may reach, and a branch network whose only router is disabled.
 */
const account = () =>
  snapshotBuilder()
    .peer('alice', { groups: ['engineers'] })
    .peer('gw-1', { groups: ['office-routers'], lanIp: '192.168.1.2', failureDomain: 'rack-1' })
    .peer('gw-2', { groups: ['office-routers'], lanIp: '192.168.1.3', failureDomain: 'rack-1' })
    .peer('branch-gw', { groups: ['branch-routers'] })
    .network('office', {
      name: 'Office',
      routers: [{ id: 'office-router', peerGroups: ['office-routers'] }],
      resources: [
        { id: 'office-lan', name: 'Office LAN', address: '10.10.0.0/16', groups: ['office'] },
        { id: 'printers', name: 'Printers', address: '10.20.0.0/24', groups: ['printers'] },
        { id: 'old', name: 'Old subnet', address: '10.30.0.0/24', groups: ['office'], enabled: false },
      ],
    })
    .network('branch', {
      name: 'Branch',
      routers: [{ id: 'branch-router', peerGroups: ['branch-routers'], enabled: false }],
      resources: [{ id: 'branch-lan', name: 'Branch LAN', address: '10.50.0.0/16', groups: ['branch'] }],
    })
    .policy('Engineers to office', { id: 'pol-office', sources: ['engineers'], destinations: ['office'] })
    .policy('Engineers to branch', { id: 'pol-branch', sources: ['engineers'], destinations: ['branch'] })
    .policy('Engineers to routers', { id: 'pol-gw', sources: ['engineers'], destinations: ['office-routers'], protocol: 'tcp', ports: ['22'] })
    .build();

describe('reviewAccount', () => {
  const report = reviewAccount(account());
  const codes = report.findings.map((f) => f.code);

  it('lists the findings with counts and names every object', () => {
    expect(codes).toContain('ha-same-failure-domain');
    expect(codes).toContain('resource-without-policy');
    expect(codes).toContain('network-without-routing-peer');
    expect(report.counts.error + report.counts.warning + report.counts.info).toBe(report.findings.length);
    const printers = report.findings.find((f) => f.code === 'resource-without-policy');
    expect(printers?.refs[0]).toEqual({ type: 'resource', id: 'printers', name: 'Printers', networkId: 'office', exitNode: false, known: true });
    expect(printers?.refs[1]).toMatchObject({ type: 'network', id: 'office', name: 'Office', networkId: null });
    expect(new Set(report.findings.map((f) => f.key)).size).toBe(report.findings.length);
  });

  it('carries the one-click fix and its label where the linter offers one', () => {
    const router = report.findings.find((f) => f.code === 'network-without-routing-peer');
    expect(router?.fix).toEqual({ kind: 'enable-router', networkId: 'branch', routerId: 'branch-router' });
    expect(router?.fixLabel).toBe('Enable the router');
    expect(report.findings.find((f) => f.code === 'resource-without-policy')?.fix).toBeNull();
  });

  it('gives each network its reachable resources, routing peers, HA status and finding counts', () => {
    const office = report.networks.find((n) => n.id === 'office');
    expect(office?.resources).toEqual({ total: 3, enabled: 2, reachable: 1, unreachable: [{ id: 'printers', name: 'Printers' }] });
    expect(office?.routingPeers).toBe(2);
    expect(office?.ha).toEqual({ kind: 'same-failure-domain', peers: 2, domain: 'rack-1' });
    expect(office?.findings.warning).toBeGreaterThanOrEqual(2);
    const branch = report.networks.find((n) => n.id === 'branch');
    expect(branch?.resources.reachable).toBe(0);
    expect(branch?.routingPeers).toBe(0);
    expect(branch?.ha.kind).toBe('too-few-peers');
    expect(branch?.findings.error).toBe(1);
  });

  it('accepts an index as well as a snapshot, with the same result', () => {
    expect(reviewAccount(buildAccountIndex(account()))).toEqual(report);
  });

  it('is plain data that survives structured cloning (a Web Worker can compute it)', () => {
    expect(structuredClone(report)).toEqual(report);
  });
});

describe('groupBySeverity / groupByObject', () => {
  const findings = reviewAccount(account()).findings;

  it('groups by severity in the order error, warning, info, keeping empty groups', () => {
    const groups = groupBySeverity(findings);
    expect(groups.map((g) => g.severity)).toEqual(['error', 'warning', 'info']);
    expect(groups[0]?.findings.every((f) => f.severity === 'error')).toBe(true);
    expect(groups.reduce((n, g) => n + g.findings.length, 0)).toBe(findings.length);
  });

  it('groups by main object, worst first, each finding once', () => {
    const groups = groupByObject(findings);
    expect(groups[0]?.worst).toBe('error');
    expect(groups[0]?.key).toBe('network:branch');
    expect(groups.reduce((n, g) => n + g.findings.length, 0)).toBe(findings.length);
    for (const g of groups) for (const f of g.findings) expect(`${f.refs[0]?.type}:${f.refs[0]?.id}`).toBe(g.key);
    const ranks = groups.map((g) => ['error', 'warning', 'info'].indexOf(g.worst));
    expect([...ranks].sort((a, b) => a - b)).toEqual(ranks);
  });
});
