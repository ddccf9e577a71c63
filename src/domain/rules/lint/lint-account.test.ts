import { describe, expect, it } from 'vitest';
import { buildAccountIndex } from '@/domain/account';
import { compareFindings, LINT_CODES, type Finding } from './finding';
import { lintAccount } from './lint-account';
import {
  addResource,
  addRouter,
  build,
  cleanAccount,
  patchLab,
  patchPeer,
  patchPolicy,
  patchRoute,
  patchRouter,
  patchRule,
  withoutNameservers,
} from './testing/lint-fixtures';

/** Every pitfall of issue 5 at once, each added to the clean account by the same change as its own test. */
const everything = () =>
  build(
    cleanAccount()
      .routingPeerDnsResolution(false)
      .group('apps-subnet')
      .group('auditors')
      .peer('apps-gw-2', { groups: ['apps-routers-2'] })
      .network('apps-2', { name: 'More apps', routers: [{ id: 'apps-2-router', peer: 'apps-gw-2' }], resources: [{ id: 'sites-2', address: '*.internal.example', groups: ['apps'] }] })
      .network('orphan', { name: 'Orphan', resources: [{ id: 'orphan-lan', address: '10.90.0.0/16', groups: ['orphan'] }] })
      .route('lab', { id: 'lab-route', network: '10.10.5.0/24', peer: 'branch-gw', groups: ['contractors'] })
      .policy('Contractors to apps subnet', { id: 'pol-subnet', sources: ['contractors'], destinations: ['apps-subnet'] })
      .policy('Auditors to office', { id: 'pol-audit', sources: ['auditors'], destinations: ['office'] })
      .dns('app.corp.example', ['10.20.0.4']),
    addResource('apps', { id: 'apps-subnet', address: '10.20.0.0/16', groups: ['apps-subnet'] }),
    patchRule('pol-exit', { protocol: 'tcp', ports: ['443'] }),
    withoutNameservers,
    patchRoute('exit-route', { masquerade: false }),
    patchPeer('apps-gw', { os: 'Windows Server 2022' }),
    patchRouter('apps', 'apps-router', { masquerade: false }),
    patchRouter('office', 'office-router', { masquerade: false }),
    addRouter('apps', { id: 'apps-router-dup', peer_groups: ['apps-routers'] }),
    patchLab('gw-2', { failure_domain: 'eu-central-1a' }),
    patchPeer('branch-gw', { connected: false }),
    patchRule('pol-office', { bidirectional: true }),
    patchPeer('alice', { version: '0.58.2' }),
    patchPeer('gw-1', { login_expiration_enabled: true }),
    patchPolicy('pol-office-ssh', { enabled: false }),
  );

describe('lintAccount', () => {
  it('keeps the codes and severities of issue 5', () => {
    expect(LINT_CODES).toEqual({
      'route-without-acl-groups': 'warning',
      'domain-and-ip-resources-mixed': 'warning',
      'domain-resource-leak': 'error',
      'exit-node-missing-icmp-policy': 'error',
      'exit-node-dns-leak': 'warning',
      'exit-node-masquerade-off': 'error',
      'masquerade-off-non-linux': 'error',
      'masquerade-off-breaks-ha': 'error',
      'masquerade-off-needs-return-route': 'info',
      'ha-not-effective': 'warning',
      'ha-same-failure-domain': 'warning',
      'network-without-routing-peer': 'error',
      'routing-peers-offline': 'warning',
      'resource-without-policy': 'warning',
      'bidirectional-resource-policy': 'warning',
      'wildcard-domain-needs-routing-peer-dns': 'error',
      'wildcard-domain-collision': 'warning',
      'dns-forwarder-port-mixed-versions': 'warning',
      'routes-overlap': 'info',
      'routing-peer-login-expiration': 'warning',
      'routing-peer-lan-ip-needs-input-policy': 'warning',
      'policy-empty-group': 'info',
    });
  });

  it('runs every family: an account with every pitfall raises every code', () => {
    const codes = new Set(lintAccount(everything()).map((f) => f.code));
    expect([...codes].sort()).toEqual(Object.keys(LINT_CODES).sort());
  });

  it('sorts by severity, then code, then first ref', () => {
    const findings = lintAccount(everything());
    const rank = { error: 0, warning: 1, info: 2 };
    for (let i = 1; i < findings.length; i++) {
      const a = findings[i - 1] as Finding;
      const b = findings[i] as Finding;
      expect(rank[a.severity] <= rank[b.severity], `${a.code} before ${b.code}`).toBe(true);
      expect(compareFindings(a, b)).toBeLessThanOrEqual(0);
    }
    expect(findings[0]?.severity).toBe('error');
    expect(findings[findings.length - 1]?.severity).toBe('info');
  });

  it('gives the same answer for a snapshot and its index, and filters by scope', () => {
    const s = everything();
    const index = buildAccountIndex(s);
    expect(lintAccount(index)).toEqual(lintAccount(s));
    const office = lintAccount(index, { type: 'network', id: 'office' });
    expect(office.length).toBeGreaterThan(0);
    for (const f of office) expect(f.refs).toContainEqual({ type: 'network', id: 'office' });
    expect(lintAccount(index, { type: 'policy', id: 'pol-audit' }).map((f) => f.code)).toEqual(['policy-empty-group']);
  });

  it('gives every finding a message and refs to existing kinds of objects', () => {
    for (const f of lintAccount(everything())) {
      expect(f.message.length).toBeGreaterThan(20);
      expect(f.refs.length).toBeGreaterThan(0);
      expect(new Set(f.refs.map((r) => `${r.type}:${r.id}`)).size).toBe(f.refs.length);
    }
  });
});
