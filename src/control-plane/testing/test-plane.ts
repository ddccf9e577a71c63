import { createControlPlane, type ControlPlane } from '../control-plane';
import type { PeerRecord, StoreState } from '../store/state';
import { createStore } from '../store/store';

/**
 * A small account for control-plane tests: four peers (two Linux routers, a Windows router, a
 * macOS laptop), groups All / engineers / routers / empty, one network. Tests mutate it freely:
 * every call builds a fresh one.
 */
export function testState(): StoreState {
  const peer = (id: string, name: string, ip: string, os: string, version = '0.60.0'): PeerRecord => ({
    id,
    name,
    ip,
    connected: true,
    os,
    version,
    login_expiration_enabled: false,
    extra: { hostname: name, dns_label: `${name}.netbird.cloud` },
  });
  return {
    account: {
      id: 'acc1',
      domain: 'example.com',
      domain_category: 'private',
      created_at: '2026-01-01T00:00:00Z',
      created_by: 'user1',
      settings: {
        peer_login_expiration_enabled: true,
        peer_login_expiration: 86400,
        peer_inactivity_expiration_enabled: false,
        peer_inactivity_expiration: 600,
        regular_users_view_blocked: false,
        routing_peer_dns_resolution_enabled: true,
        peer_expose_enabled: false,
        peer_expose_groups: [],
      },
    },
    peers: new Map([
      ['p-linux1', peer('p-linux1', 'router-1', '100.64.0.1', 'linux')],
      ['p-linux2', peer('p-linux2', 'router-2', '100.64.0.2', 'linux')],
      ['p-win', peer('p-win', 'win-router', '100.64.0.3', 'windows')],
      ['p-mac', peer('p-mac', 'laptop', '100.64.0.4', 'darwin', '0.58.2')],
    ]),
    groups: new Map([
      ['g-all', { id: 'g-all', name: 'All', issued: 'api' as const, peers: ['p-linux1', 'p-linux2', 'p-win', 'p-mac'], resources: [] }],
      ['g-eng', { id: 'g-eng', name: 'engineers', issued: 'api' as const, peers: ['p-mac'], resources: [] }],
      ['g-routers', { id: 'g-routers', name: 'routers', issued: 'api' as const, peers: ['p-linux1', 'p-linux2'], resources: [] }],
      ['g-empty', { id: 'g-empty', name: 'empty', issued: 'api' as const, peers: [], resources: [] }],
    ]),
    policies: new Map(),
    routes: new Map(),
    networks: new Map([['n-office', { id: 'n-office', name: 'Office', description: '' }]]),
    resources: new Map(),
    routers: new Map(),
    nameservers: new Map(),
    dnsSettings: { disabled_management_groups: [] },
    setupKeys: new Map(),
    lab: {},
  };
}

export interface TestCall {
  status: number;
  json: unknown;
  /** The `message` of an error answer, '' otherwise. */
  message: string;
}

export interface TestPlane {
  plane: ControlPlane;
  call(method: string, path: string, body?: unknown): Promise<TestCall>;
  /** Like call, but with a raw text body (for unparsable JSON). */
  callRaw(method: string, path: string, text: string): Promise<TestCall>;
}

export function makeTestPlane(opts: { state?: StoreState; token?: string } = {}): TestPlane {
  const plane = createControlPlane({ store: createStore(opts.state ?? testState()), token: opts.token, now: () => new Date('2026-06-01T00:00:00Z') });
  const callRaw = async (method: string, path: string, text: string | undefined, headers: Record<string, string> = {}) => {
    const res = await plane.handle(
      new Request(`http://cp.test${path}`, {
        method,
        headers: { ...(text !== undefined ? { 'Content-Type': 'application/json' } : {}), ...headers },
        ...(text !== undefined ? { body: text } : {}),
      }),
    );
    const json = (await res.json()) as unknown;
    const message = res.ok ? '' : String((json as { message?: unknown }).message ?? '');
    return { status: res.status, json, message };
  };
  return {
    plane,
    call: (method, path, body) => callRaw(method, path, body === undefined ? undefined : JSON.stringify(body)),
    callRaw: (method, path, text) => callRaw(method, path, text),
  };
}
