import { describe, expect, it } from 'vitest';
import { buildAccountIndex } from '@/domain/account';
import { tracePacket } from '@/domain/trace';
import { checkPlan, issuesOf } from './check-plan';
import { defaultPlan, PLACEHOLDER, type WizardPlan } from './plan';
import { planObjects } from './plan-objects';
import { plannedSnapshot } from './planned-snapshot';
import { contextOf, wizardAccount } from './test-fixtures';
import { dependenciesOf } from './apply-plan';

function sitePlan(patch: Partial<WizardPlan> = {}): WizardPlan {
  return {
    ...defaultPlan('site'),
    peers: [{ kind: 'new', name: 'site-gw', platform: 'linux', metric: 100, failureDomain: '' }],
    access: { policyName: 'Engineers to site', sourceGroups: ['engineers'], protocol: 'tcp', ports: ['443'], inputPorts: [] },
    ...patch,
  };
}

describe('planObjects', () => {
  it('lists a site plan in dependency order, every object after what it refers to', () => {
    const s = wizardAccount();
    const objects = planObjects(sitePlan(), contextOf(s));
    expect(objects.map((o) => o.kind)).toEqual(['group', 'group', 'network', 'resource', 'router', 'setup-key', 'policy']);
    const seen = new Set<string>();
    for (const o of objects) {
      for (const d of dependenciesOf(o)) expect(seen.has(d), `${o.label} depends on ${d}`).toBe(true);
      seen.add(o.id);
    }
    const policy = objects.find((o) => o.kind === 'policy');
    expect(policy?.kind === 'policy' && policy.body.rules.every((r) => !r.bidirectional)).toBe(true);
    const key = objects.find((o) => o.kind === 'setup-key');
    expect(key?.kind === 'setup-key' && key.body).toMatchObject({ type: 'one-off', usage_limit: 1, expires_in: 7 * 86400, auto_groups: [PLACEHOLDER.routerGroup] });
  });

  it('routes existing peers by peer with their own metrics, and turns on DNS resolution for a wildcard domain', () => {
    const s = wizardAccount();
    const plan: WizardPlan = {
      ...defaultPlan('domain'),
      resources: [{ name: 'Internal', address: '*.internal.example' }],
      peers: [
        { kind: 'existing', peerId: 'gw-a', metric: 100, failureDomain: '' },
        { kind: 'existing', peerId: 'gw-b', metric: 200, failureDomain: '' },
      ],
      access: { policyName: 'Web', sourceGroups: ['engineers'], protocol: 'all', ports: [], inputPorts: ['22'] },
    };
    const objects = planObjects(plan, contextOf(s));
    expect(objects.map((o) => o.kind)).toEqual(['group', 'routing-peer-dns', 'network', 'resource', 'router', 'router', 'policy', 'policy']);
    const routers = objects.flatMap((o) => (o.kind === 'router' ? [o.body] : []));
    expect(routers).toEqual([
      { peer: 'gw-a', metric: 100, masquerade: true, enabled: true },
      { peer: 'gw-b', metric: 200, masquerade: true, enabled: true },
    ]);
    const input = objects.find((o) => o.id === PLACEHOLDER.inputPolicy);
    expect(input?.kind === 'policy' && input.body.rules.map((r) => r.destinationResource)).toEqual([
      { id: 'gw-a', type: 'peer' },
      { id: 'gw-b', type: 'peer' },
    ]);
  });

  it('plans an exit node as a 0.0.0.0/0 route with the ICMP policy and a match-all nameserver group', () => {
    const s = wizardAccount();
    const plan: WizardPlan = {
      ...defaultPlan('exit-node'),
      exitNode: { name: 'exit-ams', autoApply: false, nameservers: ['1.1.1.1'] },
      peers: [{ kind: 'existing', peerId: 'gw-a', metric: 100, failureDomain: 'az-2' }],
      access: { policyName: '', sourceGroups: ['engineers'], protocol: 'all', ports: [], inputPorts: [] },
    };
    const objects = planObjects(plan, contextOf(s));
    expect(objects.map((o) => o.kind)).toEqual(['route', 'policy', 'nameserver-group', 'failure-domains']);
    const route = objects[0];
    expect(route?.kind === 'route' && route.body).toMatchObject({ network: '0.0.0.0/0', peer: 'gw-a', groups: ['engineers'], masquerade: true, skip_auto_apply: true });
    const icmp = objects[1];
    expect(icmp?.kind === 'policy' && icmp.body.rules[0]).toMatchObject({ protocol: 'icmp', sources: ['engineers'], destinationResource: { id: 'gw-a', type: 'peer' } });
    const ns = objects[2];
    expect(ns?.kind === 'nameserver-group' && ns.body).toMatchObject({ primary: true, domains: [], groups: ['engineers'] });
  });
});

describe('plannedSnapshot', () => {
  it('lets the trace reach the planned resource through the planned new routing peer', () => {
    const s = wizardAccount();
    const plan = sitePlan();
    const planned = plannedSnapshot(s, plan, planObjects(plan, contextOf(s)));
    const result = tracePacket(buildAccountIndex(planned), { from: 'alice', to: '10.20.0.5:443' });
    expect(result.ok && result.value.verdict).toBe('allowed');
    expect(result.ok && result.value.routing_peer).toBe(PLACEHOLDER.newPeer(0));
    const denied = tracePacket(buildAccountIndex(planned), { from: 'alice', to: '10.20.0.5:22' });
    expect(denied.ok && denied.value.verdict).toBe('denied');
  });
});

describe('checkPlan', () => {
  const check = (plan: WizardPlan) => {
    const s = wizardAccount();
    return checkPlan(s, plannedSnapshot(s, plan, planObjects(plan, contextOf(s))), plan);
  };

  it('passes a complete site plan', () => {
    expect(check(sitePlan()).filter((i) => i.severity === 'error')).toEqual([]);
  });

  it('warns when every routing peer shares one failure domain', () => {
    const plan = sitePlan({
      peers: [
        { kind: 'existing', peerId: 'gw-a', metric: 100, failureDomain: '' },
        { kind: 'existing', peerId: 'gw-b', metric: 100, failureDomain: '' },
      ],
    });
    expect(issuesOf(check(plan), 'peers').map((i) => i.message).join(' ')).toContain('failure domain "az-1"');
    const spread = sitePlan({
      peers: [
        { kind: 'existing', peerId: 'gw-a', metric: 100, failureDomain: '' },
        { kind: 'existing', peerId: 'gw-b', metric: 100, failureDomain: 'az-2' },
      ],
    });
    expect(issuesOf(check(spread), 'peers').some((i) => i.message.includes('failure domain'))).toBe(false);
  });

  it('refuses masquerade off on Windows and with HA, and explains the return route otherwise', () => {
    const win = check(sitePlan({ masquerade: false, peers: [{ kind: 'existing', peerId: 'win-gw', metric: 100, failureDomain: '' }] }));
    expect(win.find((i) => i.field === 'masquerade')?.message).toContain('only be turned off on Linux');
    const ha = check(
      sitePlan({
        masquerade: false,
        peers: [
          { kind: 'existing', peerId: 'gw-a', metric: 100, failureDomain: '' },
          { kind: 'new', name: 'gw-new', platform: 'linux', metric: 100, failureDomain: 'az-2' },
        ],
      }),
    );
    expect(ha.find((i) => i.field === 'masquerade')).toMatchObject({ severity: 'error' });
    expect(ha.find((i) => i.field === 'masquerade')?.message).toContain('High availability');
    const single = check(sitePlan({ masquerade: false, peers: [{ kind: 'existing', peerId: 'gw-a', metric: 100, failureDomain: '' }] }));
    expect(single.find((i) => i.field === 'masquerade')).toMatchObject({ severity: 'note' });
    expect(single.find((i) => i.field === 'masquerade')?.message).toContain('100.64.0.0/10 via gw-a (LAN address 10.20.0.2)');
  });

  it('suggests a dedicated network when domains join IP ranges, and requires a reusable key for several new peers', () => {
    const mixed = check({ ...sitePlan(), network: { kind: 'existing', id: 'office' }, resources: [{ name: 'App', address: 'app.example.com' }] });
    expect(mixed.find((i) => i.severity === 'warning' && i.step === 'network')?.message).toContain('office (domains)');
    const two = check(
      sitePlan({
        peers: [
          { kind: 'new', name: 'n1', platform: 'linux', metric: 100, failureDomain: '' },
          { kind: 'new', name: 'n2', platform: 'docker', metric: 100, failureDomain: '' },
        ],
      }),
    );
    expect(two.find((i) => i.field === 'setupKey.type')?.severity).toBe('error');
  });

  it('reports bad addresses, names already taken and missing sources', () => {
    const issues = check({
      ...sitePlan(),
      network: { kind: 'new', name: 'office', description: '' },
      resources: [{ name: 'x', address: '10.0.0.0/99' }],
      access: { policyName: 'p', sourceGroups: [], protocol: 'tcp', ports: ['70000'], inputPorts: [] },
    });
    const fields = issues.filter((i) => i.severity === 'error').map((i) => i.field);
    expect(fields).toEqual(expect.arrayContaining(['network.name', 'resources.0.address', 'access.sourceGroups', 'access.ports.0']));
  });
});
