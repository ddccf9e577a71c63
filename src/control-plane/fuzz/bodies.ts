import fc from 'fast-check';
import type { StoreState } from '../store/state';

/**
 * Request bodies for the fuzz suite: for each POST/PUT endpoint a template that the control plane
 * would accept (ids picked from the live store), then mutated the ways broken clients and hostile
 * callers send them: a field dropped, a field of the wrong type, huge strings, Unicode, unknown
 * ids, deep nesting, or something that is not an object at all.
 */

export type Ids = Record<'peer' | 'group' | 'network' | 'resource' | 'router' | 'policy' | 'route' | 'nameserver' | 'key', string[]>;

export function idsOf(state: StoreState): Ids {
  return {
    peer: [...state.peers.keys()],
    group: [...state.groups.keys()],
    network: [...state.networks.keys()],
    resource: [...state.resources.keys()],
    router: [...state.routers.keys()],
    policy: [...state.policies.keys()],
    route: [...state.routes.keys()],
    nameserver: [...state.nameservers.keys()],
    key: [...state.setupKeys.keys()],
  };
}

const pick = (list: readonly string[], n: number): string => list[n % Math.max(list.length, 1)] ?? 'missing-id';

/** A template body per endpoint; `n` varies which existing objects it refers to. */
export function templateBody(method: string, path: string, state: StoreState, n: number): unknown {
  const ids = idsOf(state);
  const group = pick(ids.group, n);
  const peer = pick(ids.peer, n);
  switch (`${method} ${path}`) {
    case 'POST /api/groups':
    case 'PUT /api/groups/{groupId}':
      return { name: `fuzz-group-${n}`, peers: [peer] };
    case 'POST /api/policies':
    case 'PUT /api/policies/{policyId}':
      return {
        name: `fuzz-policy-${n}`,
        description: '',
        enabled: true,
        rules: [{ name: 'r', enabled: true, action: 'accept', bidirectional: false, protocol: 'tcp', ports: ['443'], sources: [group], destinations: [pick(ids.group, n + 1)] }],
      };
    case 'POST /api/routes':
    case 'PUT /api/routes/{routeId}':
      return { description: '', network_id: `fuzz-${n}`, enabled: true, peer, network: `10.${n % 250}.0.0/24`, metric: 100, masquerade: true, groups: [group], keep_route: false, access_control_groups: [group] };
    case 'POST /api/networks':
    case 'PUT /api/networks/{networkId}':
      return { name: `fuzz-network-${n}`, description: 'fuzz' };
    case 'POST /api/networks/{networkId}/resources':
    case 'PUT /api/networks/{networkId}/resources/{resourceId}':
      return { name: `fuzz-resource-${n}`, description: '', address: n % 2 === 0 ? `10.77.${n % 250}.0/24` : `app${n}.fuzz.example`, enabled: true, groups: [group] };
    case 'POST /api/networks/{networkId}/routers':
    case 'PUT /api/networks/{networkId}/routers/{routerId}':
      return { peer, metric: 100, masquerade: true, enabled: true };
    case 'POST /api/dns/nameservers':
    case 'PUT /api/dns/nameservers/{nsgroupId}':
      return { name: `fuzz-ns-${n}`, description: '', nameservers: [{ ip: '1.1.1.1', ns_type: 'udp', port: 53 }], enabled: true, groups: [group], primary: false, domains: ['fuzz.example'], search_domains_enabled: false };
    case 'PUT /api/dns/settings':
      return { disabled_management_groups: [group] };
    case 'POST /api/setup-keys':
      return { name: `fuzz-key-${n}`, type: 'reusable', expires_in: 86400, auto_groups: [group], usage_limit: 0, ephemeral: false };
    case 'PUT /api/setup-keys/{keyId}':
      return { revoked: false, auto_groups: [group] };
    case 'PUT /api/peers/{peerId}':
      return { name: `fuzz-peer-${n}`, ssh_enabled: false, login_expiration_enabled: false, inactivity_expiration_enabled: false };
    case 'PUT /api/accounts/{accountId}':
      return { settings: { ...state.account.settings, routing_peer_dns_resolution_enabled: n % 2 === 0 } };
    case 'POST /api/nbrc/lab/install':
      return { setup_key_id: pick(ids.key, n), name: `fuzz-installed-${n}`, os: 'linux' };
    case 'PUT /api/nbrc/lab':
      return { peers: { [peer]: { online: n % 2 === 0, failure_domain: 'fuzz-a' } }, dns: { 'app.fuzz.example': ['10.77.0.5'] } };
    default:
      return {};
  }
}

/** hostile: values a well-behaved client never sends. */
const hostileValue: fc.Arbitrary<unknown> = fc.oneof(
  fc.constant(null),
  fc.boolean(),
  fc.integer(),
  fc.double(),
  fc.constantFrom(Number.MAX_SAFE_INTEGER, -1, 0, 1e308, -0),
  fc.string({ maxLength: 40 }),
  fc.string({ unit: 'grapheme', maxLength: 20 }),
  fc.constantFrom('<script>alert(1)</script>', '"><img src=x onerror=alert(1)>', '../../etc/passwd', '\u0000', '\u202e', 'ﬀ', '💥'.repeat(50), ' '.repeat(300)),
  fc.integer({ min: 10_000, max: 200_000 }).map((n) => 'x'.repeat(n)),
  fc.constantFrom('missing-id', 'd0000000000000000000', ''),
  fc.array(fc.string({ maxLength: 10 }), { maxLength: 5 }),
  fc.jsonValue({ maxDepth: 3 }),
  fc.integer({ min: 20, max: 400 }).map((depth) => {
    let v: unknown = 1;
    for (let i = 0; i < depth; i++) v = i % 2 === 0 ? [v] : { a: v };
    return v;
  }),
);

/** mutate: one or a few hostile edits of a template, at the top level or one level down. */
export function mutated(template: unknown): fc.Arbitrary<unknown> {
  if (template === null || typeof template !== 'object' || Array.isArray(template)) return hostileValue;
  const keys = Object.keys(template);
  const edit = fc.record({
    key: keys.length > 0 ? fc.oneof(fc.constantFrom(...keys), fc.string({ maxLength: 12 })) : fc.string({ maxLength: 12 }),
    kind: fc.constantFrom('drop', 'set', 'nested'),
    value: hostileValue,
  });
  return fc.array(edit, { minLength: 1, maxLength: 3 }).map((edits) => {
    const body: Record<string, unknown> = structuredClone(template) as Record<string, unknown>;
    for (const e of edits) {
      if (e.kind === 'drop') delete body[e.key];
      else if (e.kind === 'set') body[e.key] = e.value;
      else {
        const inner = body[e.key];
        if (Array.isArray(inner) && inner.length > 0 && inner[0] !== null && typeof inner[0] === 'object') {
          const first = inner[0] as Record<string, unknown>;
          const innerKeys = Object.keys(first);
          first[innerKeys.length > 0 ? (innerKeys[(e.key.length * 7) % innerKeys.length] ?? 'x') : 'x'] = e.value;
        } else body[e.key] = [e.value];
      }
    }
    return body;
  });
}

/** bodyFor: a body for one endpoint: mostly mutated templates, sometimes anything at all. */
export function bodyFor(method: string, path: string, state: StoreState, n: number): fc.Arbitrary<unknown> {
  const template = templateBody(method, path, state, n);
  return fc.oneof({ arbitrary: mutated(template), weight: 6 }, { arbitrary: fc.constant(template), weight: 1 }, { arbitrary: fc.jsonValue({ maxDepth: 4 }), weight: 2 }, { arbitrary: hostileValue, weight: 1 });
}
