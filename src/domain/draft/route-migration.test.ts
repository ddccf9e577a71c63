import { describe, expect, it } from 'vitest';
import { snapshotBuilder, type SnapshotBuilder } from '@/domain/testing/snapshot-builder';
import type { SnapRoute, Snapshot } from '@/domain/snapshot';
import { planRouteMigration, type MigrationStep, type RouteMigrationPlan } from './route-migration';

const base = (): SnapshotBuilder =>
  snapshotBuilder()
    .peer('branch-gw', { groups: ['routers'] })
    .peer('gw-2', { groups: ['routers'] })
    .peer('erin', { groups: ['contractors'] })
    .peer('alice', { groups: ['engineers'] })
    .peer('bob', { groups: ['ops'] });

function routeOf(s: Snapshot, id: string): SnapRoute {
  const r = s.routes.find((x) => x.id === id);
  if (!r) throw new Error(`no route ${id}`);
  return r;
}

function plan(s: Snapshot, id: string): RouteMigrationPlan {
  const p = planRouteMigration(routeOf(s, id), s);
  if (!p.ok) throw new Error(p.error);
  return p.value;
}

const kinds = (steps: readonly MigrationStep[]) => steps.map((s) => s.kind);

describe('planRouteMigration: a route without ACL groups', () => {
  const s = base().route('branch-lab', { id: 'r1', network: '192.168.50.0/24', peer: 'branch-gw', groups: ['contractors'], metric: 9999, masquerade: true }).build();

  it('creates group, network, resource, router and a policy, then disables the route', () => {
    expect(kinds(plan(s, 'r1').steps)).toEqual(['create-group', 'create-network', 'create-resource', 'create-router', 'create-policy', 'disable-route']);
  });

  it('turns the CIDR into a subnet resource in the new group', () => {
    const res = plan(s, 'r1').steps.find((x) => x.kind === 'create-resource');
    expect(res).toMatchObject({ resource: { name: 'branch-lab', address: '192.168.50.0/24', type: 'subnet', enabled: true, groups: [{ kind: 'new' }] } });
  });

  it('keeps the routing peer, metric and masquerade on the router', () => {
    const router = plan(s, 'r1').steps.find((x) => x.kind === 'create-router');
    expect(router).toMatchObject({ router: { peer: 'branch-gw', metric: 9999, masquerade: true, enabled: true, fromRouteId: 'r1' } });
  });

  it('grants the distribution groups all traffic, one-way, to the new group only', () => {
    const policy = plan(s, 'r1').steps.find((x) => x.kind === 'create-policy');
    expect(policy).toMatchObject({ policy: { sources: ['contractors'], destination: { kind: 'new' }, protocol: 'all', bidirectional: false, name: 'contractors to branch-lab' } });
  });

  it('names the new group after the route, avoiding names in use', () => {
    const taken = base().group('branch-lab resources').route('branch-lab', { id: 'r1', network: '192.168.50.0/24', peer: 'branch-gw', groups: ['contractors'] }).build();
    expect(plan(taken, 'r1').steps[0]).toEqual({ kind: 'create-group', name: 'branch-lab resources 2' });
  });
});

describe('planRouteMigration: a route with ACL groups', () => {
  const withAcl = (policyFrom: string[]) => {
    const b = base().route('printers', { id: 'r2', network: '192.168.60.0/24', peer: 'branch-gw', groups: ['engineers'], acl: ['printers-acl'] });
    if (policyFrom.length > 0) b.policy('Print', { id: 'pol-print', sources: policyFrom, destinations: ['printers-acl'], protocol: 'tcp', ports: ['631'] });
    return b.build();
  };

  it('puts the resource in the ACL groups and creates no blanket policy', () => {
    const p = plan(withAcl(['engineers']), 'r2');
    expect(kinds(p.steps)).toEqual(['create-network', 'create-resource', 'create-router', 'disable-route']);
    expect(p.steps[1]).toMatchObject({ resource: { groups: [{ kind: 'existing', id: 'printers-acl' }] } });
    expect(p.governingPolicies).toEqual([{ id: 'pol-print', name: 'Print' }]);
    expect(p.notes.join(' ')).toContain('"Print" keep deciding who reaches it');
  });

  it('says when a governing policy lets peers in that the distribution groups left out', () => {
    const notes = plan(withAcl(['engineers', 'ops']), 'r2').notes.join(' ');
    expect(notes).toContain('1 peer allowed by "Print" is in no distribution group');
  });

  it('says the resource stays unreachable when no policy targets the ACL groups', () => {
    expect(plan(withAcl([]), 'r2').notes.join(' ')).toContain('No enabled policy targets the ACL groups (printers-acl)');
  });
});

describe('planRouteMigration: other shapes', () => {
  it('migrates a domain route as one domain resource per domain, peer groups kept', () => {
    const s = base().routingPeerDnsResolution(false).route('apps', { id: 'r3', domains: ['app.example.com', '*.svc.example.com'], peerGroups: ['routers'], groups: ['engineers'], keepRoute: true }).build();
    const p = plan(s, 'r3');
    const resources = p.steps.flatMap((x) => (x.kind === 'create-resource' ? [x.resource] : []));
    expect(resources.map((r) => [r.name, r.type])).toEqual([
      ['app.example.com', 'domain'],
      ['*.svc.example.com', 'domain'],
    ]);
    expect(p.steps.find((x) => x.kind === 'create-router')).toMatchObject({ router: { peer_groups: ['routers'] } });
    expect(p.notes.join(' ')).toContain('Keep route is not carried over');
    expect(p.notes.join(' ')).toContain('Routing Peer DNS Resolution, which is off');
  });

  it('migrates a whole HA route set: one router per route, every route disabled', () => {
    const s = base()
      .route('dc', { id: 'a', network: '10.0.0.0/8', peer: 'branch-gw', groups: ['engineers'], metric: 10 })
      .route('dc', { id: 'b', network: '10.0.0.0/8', peer: 'gw-2', groups: ['engineers'], metric: 20 })
      .route('other', { id: 'c', network: '10.0.0.0/8', peer: 'gw-2', groups: ['engineers'] })
      .build();
    const p = plan(s, 'b');
    expect(p.routes.map((r) => r.id)).toEqual(['b', 'a']);
    expect(p.steps.filter((x) => x.kind === 'create-router')).toHaveLength(2);
    expect(p.steps.flatMap((x) => (x.kind === 'disable-route' ? [x.routeId] : []))).toEqual(['b', 'a']);
    expect(p.notes[0]).toContain('HA route set of 2 routes');
  });

  it('creates a disabled route switched off', () => {
    const s = base().route('old', { id: 'r4', network: '10.9.0.0/16', peer: 'branch-gw', groups: ['engineers'], enabled: false }).build();
    const p = plan(s, 'r4');
    expect(p.steps.find((x) => x.kind === 'create-resource')).toMatchObject({ resource: { enabled: false } });
    expect(p.steps.find((x) => x.kind === 'create-router')).toMatchObject({ router: { enabled: false } });
    expect(p.notes.join(' ')).toContain('The route is disabled');
  });

  it('gives a host route a host resource and avoids resource names in use', () => {
    const s = base()
      .network('n', { resources: [{ id: 'x', address: '10.1.1.1', name: 'nas' }] })
      .route('nas', { id: 'r5', network: '10.2.2.2/32', peer: 'branch-gw', groups: ['engineers'] })
      .build();
    expect(plan(s, 'r5').steps.find((x) => x.kind === 'create-resource')).toMatchObject({ resource: { name: 'nas 2', type: 'host', address: '10.2.2.2/32' } });
  });

  it('refuses an exit node', () => {
    const s = base().exitNode('exit', { id: 'e', peer: 'branch-gw', groups: ['engineers'] }).build();
    const p = planRouteMigration(routeOf(s, 'e'), s);
    expect(p.ok).toBe(false);
    if (!p.ok) expect(p.error).toContain('exit nodes stay network routes');
  });
});
