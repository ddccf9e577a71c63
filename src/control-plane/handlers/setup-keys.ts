import { notFound } from '../http-error';
import type { HandlerContext, RouteDef } from '../router';
import { serializeSetupKey } from '../store/serialize';
import { ZERO_TIME, type SetupKeyRecord } from '../store/state';
import { validateCreateSetupKeyRequest, validateSetupKeyUpdateRequest, type ValidCreateSetupKey } from '../validation/setup-key';

/**
 * Setup keys: /api/setup-keys. The plain key is answered once, by the create call; only a masked
 * form is stored, and every later answer carries that. `state` and `valid` are derived when
 * serialized (revoked, expired, overused or valid).
 */
function requireSetupKey(ctx: HandlerContext): SetupKeyRecord {
  const id = ctx.params.keyId ?? '';
  const k = ctx.store.state.setupKeys.get(id);
  if (!k) throw notFound('setup key', id);
  return k;
}

/**
 * newPlainSetupKey: an upper-case UUID v4, the form NetBird's keys take. Built from
 * getRandomValues rather than randomUUID, which browsers offer only on secure (https) origins,
 * and the console may be served from a plain-http static host.
 */
export function newPlainSetupKey(): string {
  const b = crypto.getRandomValues(new Uint8Array(16));
  b[6] = ((b[6] ?? 0) & 0x0f) | 0x40;
  b[8] = ((b[8] ?? 0) & 0x3f) | 0x80;
  const hex = [...b].map((x) => x.toString(16).padStart(2, '0')).join('');
  return `${hex.slice(0, 8)}-${hex.slice(8, 12)}-${hex.slice(12, 16)}-${hex.slice(16, 20)}-${hex.slice(20)}`.toUpperCase();
}

/** maskSetupKey: the first five characters and "****", as NetBird lists keys. */
export const maskSetupKey = (plain: string): string => `${plain.slice(0, 5)}****`;

function setupKeyRecord(id: string, req: ValidCreateSetupKey, plain: string, now: Date): SetupKeyRecord {
  return {
    id,
    name: req.name.trim(),
    masked_key: maskSetupKey(plain),
    type: req.type,
    expires: req.expires_in === 0 ? ZERO_TIME : new Date(now.getTime() + req.expires_in * 1000).toISOString(),
    revoked: false,
    used_times: 0,
    last_used: ZERO_TIME,
    auto_groups: [...new Set(req.auto_groups)],
    updated_at: now.toISOString(),
    // NetBird stores a one-off key with a usage limit of 1, whatever was asked.
    usage_limit: req.type === 'one-off' ? 1 : req.usage_limit,
    ephemeral: req.ephemeral ?? false,
    allow_extra_dns_labels: req.allow_extra_dns_labels ?? false,
  };
}

export const setupKeyRoutes: RouteDef[] = [
  {
    method: 'GET',
    path: '/api/setup-keys',
    handle: (ctx) => ({ body: [...ctx.store.state.setupKeys.keys()].map((id) => serializeSetupKey(ctx.store.state, id, ctx.now())) }),
  },
  {
    method: 'POST',
    path: '/api/setup-keys',
    handle: (ctx) => {
      const req = validateCreateSetupKeyRequest(ctx.body(), ctx.store.state);
      const id = ctx.store.newId();
      const plain = newPlainSetupKey();
      const now = ctx.now();
      ctx.store.state.setupKeys.set(id, setupKeyRecord(id, req, plain, now));
      ctx.store.changed();
      return { body: { ...serializeSetupKey(ctx.store.state, id, now), key: plain } };
    },
  },
  {
    method: 'GET',
    path: '/api/setup-keys/{keyId}',
    handle: (ctx) => ({ body: serializeSetupKey(ctx.store.state, requireSetupKey(ctx).id, ctx.now()) }),
  },
  {
    method: 'PUT',
    path: '/api/setup-keys/{keyId}',
    handle: (ctx) => {
      const k = requireSetupKey(ctx);
      const req = validateSetupKeyUpdateRequest(ctx.body(), ctx.store.state, k);
      const now = ctx.now();
      k.revoked = req.revoked;
      k.auto_groups = [...new Set(req.auto_groups)];
      k.updated_at = now.toISOString();
      ctx.store.changed();
      return { body: serializeSetupKey(ctx.store.state, k.id, now) };
    },
  },
  {
    method: 'DELETE',
    path: '/api/setup-keys/{keyId}',
    handle: (ctx) => {
      const k = requireSetupKey(ctx);
      ctx.store.state.setupKeys.delete(k.id);
      ctx.store.changed();
      return { body: {} };
    },
  },
];
