import { z } from 'zod';
import { HttpError, notFound } from '../http-error';
import type { RouteDef } from '../router';
import { serializePeer, serializeSetupKey } from '../store/serialize';
import type { StoreState } from '../store/state';

/**
 * lab-install: the simulator's stand-in for running `netbird up --setup-key …` on a new host.
 * POST /api/nbrc/lab/install {setup_key_id, name, os} registers a connected peer the way the
 * management server does when an agent logs in with the key: the key must be valid (not revoked,
 * expired or used up), its use is counted, and the peer joins the key's auto groups. The path is
 * ours (a real server answers 404), so the console offers it only where it exists: the setup
 * wizard's Verify step "installs" the routing peer it just planned, and then traces through it.
 */
const installSchema = z.object({
  setup_key_id: z.string().min(1),
  name: z.string().trim().min(1).max(63),
  os: z.enum(['linux', 'windows', 'darwin', 'docker', 'kubernetes']),
});
export type LabInstallRequest = z.infer<typeof installSchema>;

/** What each simulated platform reports as `os` and `kernel_version` (a container reports its Linux host). */
const OS_TEXT: Record<LabInstallRequest['os'], { os: string; kernel: string }> = {
  linux: { os: 'linux', kernel: '6.8.0' },
  docker: { os: 'linux', kernel: '6.8.0' },
  kubernetes: { os: 'linux', kernel: '6.8.0' },
  windows: { os: 'windows', kernel: '10.0.22631' },
  darwin: { os: 'darwin', kernel: '24.1.0' },
};

/** nextOverlayIp: the lowest free address of 100.64.0.0/10 (from .0.1), as management hands them out. */
export function nextOverlayIp(state: StoreState): string {
  const used = new Set([...state.peers.values()].map((p) => p.ip));
  for (let n = 1; n < 1 << 22; n++) {
    if ((n & 0xff) === 0 || (n & 0xff) === 0xff) continue;
    const ip = `100.${64 + (n >> 16)}.${(n >> 8) & 0xff}.${n & 0xff}`;
    if (!used.has(ip)) return ip;
  }
  throw new HttpError(409, 'no free address left in 100.64.0.0/10');
}

const dnsLabel = (name: string): string =>
  name
    .toLowerCase()
    .replace(/[^a-z0-9-]+/g, '-')
    .replace(/^-+|-+$/g, '') || 'peer';

export const labInstallRoutes: RouteDef[] = [
  {
    method: 'POST',
    path: '/api/nbrc/lab/install',
    handle: (ctx) => {
      const parsed = installSchema.safeParse(ctx.body());
      if (!parsed.success) {
        const first = parsed.error.issues[0];
        throw new HttpError(422, `invalid install request: ${first ? `${first.path.join('.') || 'body'}: ${first.message}` : 'unexpected shape'}`);
      }
      const req = parsed.data;
      const state = ctx.store.state;
      const key = state.setupKeys.get(req.setup_key_id);
      if (!key) throw notFound('setup key', req.setup_key_id);
      const now = ctx.now();
      const keyState = serializeSetupKey(state, key.id, now).state;
      if (keyState !== 'valid') throw new HttpError(422, `setup key "${key.name}" is ${keyState}: the agent's login would be refused`);
      if ([...state.peers.values()].some((p) => p.name === req.name.trim())) throw new HttpError(409, `a peer named "${req.name.trim()}" already exists`);

      const id = ctx.store.newId();
      const label = dnsLabel(req.name);
      const platform = OS_TEXT[req.os];
      state.peers.set(id, {
        id,
        name: req.name.trim(),
        ip: nextOverlayIp(state),
        connected: true,
        os: platform.os,
        version: '0.60.0',
        login_expiration_enabled: false,
        extra: { hostname: label, dns_label: `${label}.netbird.cloud`, kernel_version: platform.kernel, last_seen: now.toISOString(), created_at: now.toISOString() },
      });
      for (const groupId of key.auto_groups) state.groups.get(groupId)?.peers.push(id);
      key.used_times += 1;
      key.last_used = now.toISOString();
      ctx.store.changed();
      return { status: 200, body: serializePeer(state, id) };
    },
  },
];
