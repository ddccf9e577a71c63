import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { createApiClient } from '@/api/client';
import { exportSnapshot } from '@/api/export-snapshot';
import { accountSnapshotSchema, type AccountSnapshot } from '@/api/schemas';
import { createControlPlane } from '@/control-plane/control-plane';
import { readSnapshotFile } from '@/control-plane/node';
import { snapshotFromState, stateFromSnapshot } from '@/control-plane/store/snapshot';
import type { StoreState } from '@/control-plane/store/state';
import { createStore } from '@/control-plane/store/store';
import { validateAccountRequest } from '@/control-plane/validation/account';
import { validateGroupRequest } from '@/control-plane/validation/group';
import { validateDnsSettingsRequest, validateNameserverGroupRequest } from '@/control-plane/validation/nameserver-group';
import { validateNetworkRequest } from '@/control-plane/validation/network';
import { validateNetworkResourceRequest } from '@/control-plane/validation/network-resource';
import { validateNetworkRouterRequest } from '@/control-plane/validation/network-router';
import { validatePeerRequest } from '@/control-plane/validation/peer';
import { validatePolicyRequest } from '@/control-plane/validation/policy';
import { validateRouteRequest } from '@/control-plane/validation/route';
import { validateCreateSetupKeyRequest, validateSetupKeyUpdateRequest } from '@/control-plane/validation/setup-key';
import { lintAccount } from '@/domain/rules/lint';
import { runCli } from '../run';
import { recordingIo, type RecordingIo } from '../testing-io';
import { run, type GenerateIo } from './generate';

const NOW = new Date('2026-01-15T10:00:00Z');

function generateIo(): GenerateIo & RecordingIo & { files: Record<string, string> } {
  const files: Record<string, string> = {};
  return Object.assign(recordingIo(), { files, writeFile: (path: string, text: string) => void (files[path] = text) });
}

function generated(args: string[]): AccountSnapshot {
  const io = generateIo();
  expect(run(args, io), io.err).toBe(0);
  return JSON.parse(io.out) as AccountSnapshot;
}

const small = generated(['--size', 'S']);
const medium = generated(['--size', 'M', '--seed', '7']);

describe('nbrc generate', () => {
  it('prints a snapshot that parses under the wire schemas unchanged (nothing defaulted or transformed)', () => {
    for (const snap of [small, medium]) {
      const parsed = accountSnapshotSchema.safeParse(snap);
      expect(parsed.success, parsed.success ? '' : JSON.stringify(parsed.error.issues.slice(0, 3))).toBe(true);
      expect(parsed.data).toEqual(snap);
    }
  });

  it('is deterministic per size and seed, and writes to --out instead of stdout', () => {
    const io = generateIo();
    expect(run(['--size', 'M', '--seed', '7', '--out', 'm.json'], io)).toBe(0);
    expect(io.out).toBe('');
    expect(JSON.parse(io.files['m.json'] ?? 'null')).toEqual(medium);
    expect(generated(['--size', 'M', '--seed', '8'])).not.toEqual(medium);
  });

  it('refuses a missing or unknown size, a bad seed and unknown options with exit 2', () => {
    for (const args of [[], ['--size', 'XXL'], ['--size', 'S', '--seed', '-1'], ['--size', 'S', '--seed', '1.5'], ['--size', 'S', '--seed', 'x'], ['--size', 'S', '--colour']]) {
      const io = generateIo();
      expect(run(args, io), args.join(' ')).toBe(2);
      expect(io.err).toMatch(/^nbrc generate: /);
      expect(io.out).toBe('');
    }
    const help = generateIo();
    expect(run(['--help'], help)).toBe(0);
    expect(help.out).toContain('XL  10000 peers, 1000 groups, 1000 networks, 20000 resources, 2000 routers, 5000 policies, 1000 routes, 200 nameserver groups');
  });

  it('is a command of nbrc', async () => {
    const io = recordingIo();
    expect(await runCli(['generate', '--size', 'S'], io)).toBe(0);
    expect(JSON.parse(io.out)).toEqual(small);
  });

  it('gives the linter something to say, as a real account would', () => {
    const codes = new Set(lintAccount(medium).map((f) => f.code));
    expect(codes.size).toBeGreaterThan(4);
  });
});

describe('a generated account in the control plane', () => {
  const dir = mkdtempSync(join(tmpdir(), 'nbrc-generate-'));
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  it('loads through the seed-file path of nbrc serve and serializes back unchanged', async () => {
    const io = generateIo();
    const file = join(dir, 's.json');
    expect(run(['--size', 'S', '--out', file], Object.assign(io, { writeFile: undefined }))).toBe(0);
    const loaded = await readSnapshotFile(file, 'seed file');
    for (const snap of [loaded, medium]) expect(snapshotFromState(stateFromSnapshot(snap), NOW)).toEqual(snap);
  });

  it('answers every list endpoint with exactly the snapshot', async () => {
    const plane = createControlPlane({ store: createStore(stateFromSnapshot(medium)), now: () => NOW });
    const client = createApiClient({ baseUrl: 'http://cp.test', fetch: (input, init) => plane.handle(new Request(input, init)) });
    expect(await exportSnapshot(client)).toEqual(medium);
  });

  it('passes the control plane validation, object by object', () => {
    for (const snap of [small, medium]) expectValid(snap, stateFromSnapshot(snap));
  });
});

/** expectValid: each object, sent back as the request that would create or update it, is accepted (the validators throw otherwise). */
function expectValid(snap: AccountSnapshot, state: StoreState): void {
  validateAccountRequest({ settings: snap.account.settings });
  validateDnsSettingsRequest(snap.dns_settings, state);
  for (const p of snap.peers) {
    validatePeerRequest({ name: p.name, ssh_enabled: p.ssh_enabled ?? false, login_expiration_enabled: p.login_expiration_enabled, inactivity_expiration_enabled: p.inactivity_expiration_enabled ?? false });
  }
  for (const g of snap.groups) {
    validateGroupRequest({ name: g.name, peers: g.peers.map((p) => p.id), resources: g.resources }, state, state.groups.get(g.id));
  }
  for (const n of snap.networks) {
    validateNetworkRequest({ name: n.name, description: n.description });
    for (const r of snap.network_resources[n.id] ?? []) {
      validateNetworkResourceRequest({ name: r.name, description: r.description, address: r.address, enabled: r.enabled, groups: r.groups.map((g) => g.id) }, state, r.id);
    }
    for (const r of snap.network_routers[n.id] ?? []) {
      validateNetworkRouterRequest({ ...(r.peer ? { peer: r.peer } : { peer_groups: r.peer_groups }), metric: r.metric, masquerade: r.masquerade, enabled: r.enabled }, state);
    }
  }
  for (const r of snap.routes) {
    const { id, network_type: _type, ...request } = r;
    validateRouteRequest(request, state, id);
  }
  for (const p of snap.policies) {
    const rules = p.rules.map(({ sources, destinations, ...rule }) => ({ ...rule, sources: sources.map((g) => g.id), destinations: destinations.map((g) => g.id) }));
    validatePolicyRequest({ name: p.name, description: p.description, enabled: p.enabled, source_posture_checks: p.source_posture_checks, rules }, state);
  }
  for (const n of snap.nameservers) {
    const { id, ...request } = n;
    validateNameserverGroupRequest(request, state, id);
  }
  for (const k of snap.setup_keys) {
    const record = state.setupKeys.get(k.id);
    if (!record) throw new Error(`setup key ${k.id} was not loaded`);
    validateSetupKeyUpdateRequest({ revoked: k.revoked, auto_groups: k.auto_groups }, state, record);
    if (!k.revoked) validateCreateSetupKeyRequest({ name: k.name, type: k.type, expires_in: 0, auto_groups: k.auto_groups, usage_limit: k.usage_limit }, state);
  }
}
