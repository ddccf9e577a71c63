import { describe, expect, it } from 'vitest';
import {
  accountRequestSchema,
  accountSnapshotSchema,
  nameserverGroupRequestSchema,
  networkRouterRequestSchema,
  peerRequestSchema,
  policyRequestSchema,
  routeRequestSchema,
  type AccountSnapshot,
} from '@/api';
import { lintAccount, type FixKind, type FixSuggestion } from '@/domain/rules/lint';
import {
  build,
  cleanAccount,
  patchPeer,
  patchRoute,
  patchRouter,
  patchRule,
  patchSettings,
  withNameserver,
  withoutNameservers,
  type Patch,
} from '@/domain/rules/lint/testing/lint-fixtures';
import { fixRequest, type FixRequest } from './fix-request';

/** One account per kind of fix: the clean account with the one pitfall whose finding offers it. */
const PITFALLS: Record<FixKind, Patch[]> = {
  'enable-routing-peer-dns': [patchSettings({ routing_peer_dns_resolution_enabled: false })],
  'create-policy': [patchRule('pol-exit', { protocol: 'tcp', ports: ['443'] })],
  'set-route-masquerade': [patchRoute('exit-route', { masquerade: false })],
  'set-router-masquerade': [patchPeer('apps-gw', { os: 'Windows 11 Pro' }), patchRouter('apps', 'apps-router', { masquerade: false })],
  'enable-router': [patchRouter('office', 'office-router', { enabled: false })],
  'disable-login-expiration': [patchPeer('gw-1', { login_expiration_enabled: true })],
  'set-rule-bidirectional': [patchRule('pol-office', { bidirectional: true })],
  'add-nameserver-group-groups': [withoutNameservers, withNameserver({ id: 'ns-eng', name: 'Engineering DNS', groups: ['engineers'] })],
};

function scenario(kind: FixKind): { snapshot: AccountSnapshot; fix: FixSuggestion; request: FixRequest } {
  const wire = build(cleanAccount(), ...PITFALLS[kind]);
  const fix = lintAccount(wire).find((f) => f.fix?.kind === kind)?.fix;
  if (fix === undefined) throw new Error(`no ${kind} fix`);
  const snapshot = accountSnapshotSchema.parse(wire);
  const request = fixRequest(snapshot, fix);
  if (!request.ok) throw new Error(request.error);
  return { snapshot, fix, request: request.value };
}

describe('fixRequest', () => {
  it('turns Routing Peer DNS Resolution on, keeping the other account settings', () => {
    const { snapshot, request } = scenario('enable-routing-peer-dns');
    if (request.kind !== 'update-account') throw new Error(request.kind);
    expect(accountRequestSchema.safeParse(request.body).success).toBe(true);
    expect(request.id).toBe(snapshot.account.id);
    expect(request.body.settings).toEqual({ ...snapshot.account.settings, routing_peer_dns_resolution_enabled: true });
  });

  it('creates the policy the linter drafted', () => {
    const { fix, request } = scenario('create-policy');
    if (request.kind !== 'create-policy' || fix.kind !== 'create-policy') throw new Error(request.kind);
    expect(policyRequestSchema.safeParse(request.body).success).toBe(true);
    expect(request.body).toEqual(fix.policy);
    expect(request.body.rules[0]?.protocol).toBe('icmp');
  });

  it('turns masquerade on for a route, sending the rest of the route back as stored', () => {
    const { snapshot, request } = scenario('set-route-masquerade');
    if (request.kind !== 'update-route') throw new Error(request.kind);
    expect(routeRequestSchema.safeParse(request.body).success).toBe(true);
    const stored = snapshot.routes.find((r) => r.id === request.id);
    expect(request.body).toMatchObject({ masquerade: true, network: stored?.network, groups: stored?.groups, peer: stored?.peer, metric: stored?.metric });
  });

  it('turns masquerade on and enables routers, keeping their peer and metric', () => {
    const masq = scenario('set-router-masquerade').request;
    if (masq.kind !== 'update-router') throw new Error(masq.kind);
    expect(networkRouterRequestSchema.safeParse(masq.body).success).toBe(true);
    expect(masq).toMatchObject({ networkId: 'apps', id: 'apps-router', body: { peer: 'apps-gw', masquerade: true, enabled: true } });
    const enable = scenario('enable-router').request;
    if (enable.kind !== 'update-router') throw new Error(enable.kind);
    expect(enable).toMatchObject({ networkId: 'office', id: 'office-router', body: { peer_groups: ['office-routers'], enabled: true, masquerade: true } });
    expect(enable.body.peer).toBeUndefined();
  });

  it('disables login expiration of the routing peer only', () => {
    const { request } = scenario('disable-login-expiration');
    if (request.kind !== 'update-peer') throw new Error(request.kind);
    expect(peerRequestSchema.safeParse(request.body).success).toBe(true);
    expect(request).toMatchObject({ id: 'gw-1', body: { name: 'gw-1', login_expiration_enabled: false } });
  });

  it('turns bidirectional off in the one rule, keeping the rest of the policy', () => {
    const { snapshot, request } = scenario('set-rule-bidirectional');
    if (request.kind !== 'update-policy') throw new Error(request.kind);
    expect(policyRequestSchema.safeParse(request.body).success).toBe(true);
    expect(request.id).toBe('pol-office');
    expect(request.body.rules.map((r) => r.bidirectional)).toEqual([false]);
    const stored = snapshot.policies.find((p) => p.id === 'pol-office');
    expect(request.body.rules[0]?.sources).toEqual(stored?.rules[0]?.sources?.map((g) => g.id));
  });

  it('adds the groups to the primary nameserver group without dropping its own', () => {
    const { request } = scenario('add-nameserver-group-groups');
    if (request.kind !== 'update-nameserver-group') throw new Error(request.kind);
    expect(nameserverGroupRequestSchema.safeParse(request.body).success).toBe(true);
    expect(request.id).toBe('ns-eng');
    expect(request.body.groups).toEqual(['engineers', 'travelers']);
  });

  it('refuses a fix whose object is gone', () => {
    const { snapshot, fix } = scenario('enable-router');
    const without: AccountSnapshot = { ...snapshot, network_routers: { ...snapshot.network_routers, office: [] } };
    const r = fixRequest(without, fix);
    expect(r.ok).toBe(false);
    if (!r.ok) expect(r.error).toContain('office-router');
  });
});
