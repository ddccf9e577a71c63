import { FIRST_NAMES, deviceKind, deviceOs, deviceVersion, nonLinuxServerOs, serverOs, serverVersion, SERVER_ROLES, type Site } from './catalog';
import { ipv4, pad, uniqueNamer, type AccountPlan, type PeerRole, type PlanPeer } from './plan';
import { spread, type Rng } from './prng';

/**
 * peers: routing peers (headless Linux gateways enrolled with setup keys, a few on Windows or
 * macOS), servers that policies target peer to peer, and people's laptops and phones. Each peer
 * belongs to a site, which decides its failure domain, public address and, for people, which
 * routing peers are near (lab latencies).
 */

/** GEN_TIME: the moment a generated account is "exported" at; every timestamp is before it. */
export const GEN_TIME = Date.parse('2026-01-15T10:00:00Z');

export const isoBefore = (seconds: number): string => new Date(GEN_TIME - seconds * 1000).toISOString().replace('.000Z', 'Z');

/** Overlay addresses from the account's 100.92.0.0/16 range, skipping .0 and .255. */
const overlayIp = (i: number): string => ipv4((100 << 24) | (92 << 16) | ((1 + Math.floor(i / 254)) << 8) | (1 + (i % 254)));

const ROUTER_SHARE = 0.15;
const SERVER_SHARE = 0.15;

function serial(rng: Rng): string {
  const chars = 'ABCDEFGHJKLMNPQRSTUVWXYZ0123456789';
  let s = '';
  for (let i = 0; i < 10; i++) s += chars[rng.int(0, chars.length - 1)];
  return s;
}

function lastSeen(rng: Rng, connected: boolean): string {
  return isoBefore(connected ? rng.int(1, 300) : rng.int(3600, 30 * 86400));
}

export function generatePeers(plan: AccountPlan, total: number): void {
  const { rng, sites } = plan;
  const routers = Math.round(total * ROUTER_SHARE);
  const servers = Math.round(total * SERVER_SHARE);
  const devices = total - routers - servers;
  const name = uniqueNamer();
  const add = (role: PeerRole, site: Site, fields: Omit<PlanPeer, 'id' | 'ip' | 'role' | 'site' | 'lastSeen' | 'serial'>): PlanPeer => {
    const i = plan.peers.length;
    const p: PlanPeer = { id: `peer-${pad(i, 5)}`, ip: overlayIp(i), role, site, ...fields, name: name(fields.name), lastSeen: lastSeen(rng, fields.connected), serial: serial(rng) };
    plan.peers.push(p);
    return p;
  };

  plan.routingPeers = sites.map(() => []);
  spread(rng, routers, sites.length, 2).forEach((count, s) => {
    const site = sites[s] as Site;
    for (let k = 0; k < count; k++) {
      // a few gateways run on Windows or macOS hosts: allowed, but masquerade must stay on there
      const os = rng.chance(0.02) ? nonLinuxServerOs(rng) : serverOs(rng);
      const p = add('router', site, {
        name: `${site.name}-gw-${pad(k + 1, 2)}`,
        os: os.os,
        kernel: os.kernel,
        version: serverVersion(rng),
        connected: rng.chance(0.97),
        // routing peers register with setup keys; a handful were enrolled interactively and expire
        loginExpiration: rng.chance(0.015),
        user: 'user-service-routing',
      });
      plan.routingPeers[s]?.push(p);
      plan.lab.peers[p.id] = { failure_domain: site.zones[k % site.zones.length] as string, ...(rng.chance(0.01) ? { online: false } : {}) };
    }
  });

  spread(rng, servers, sites.length, 1).forEach((count, s) => {
    const site = sites[s] as Site;
    for (let k = 0; k < count; k++) {
      const os = serverOs(rng);
      const role = SERVER_ROLES[k % SERVER_ROLES.length] as string;
      const p = add('server', site, {
        name: `${site.name}-${role}-${pad(Math.floor(k / SERVER_ROLES.length) + 1, 2)}`,
        os: os.os,
        kernel: os.kernel,
        version: serverVersion(rng),
        connected: rng.chance(0.95),
        loginExpiration: false,
        user: 'user-service-servers',
      });
      plan.lab.peers[p.id] = { failure_domain: rng.pick(site.zones) };
    }
  });

  // people own one to three devices; a person works from one site (their home for latencies)
  let person = 0;
  let owned = 0;
  let home = rng.pick(sites);
  for (let k = 0; k < devices; k++) {
    if (owned === 0 || rng.chance(0.6)) {
      person++;
      owned = 0;
      home = rng.pick(sites);
    }
    owned++;
    const os = deviceOs(rng);
    const first = FIRST_NAMES[person % FIRST_NAMES.length] as string;
    const p = add('device', home, {
      name: `${first}-${deviceKind(os.os, rng)}`,
      os: os.os,
      kernel: os.kernel,
      version: deviceVersion(rng),
      connected: rng.chance(0.65),
      loginExpiration: rng.chance(0.92),
      user: `user-${pad(person, 5)}`,
    });
    if (rng.chance(0.25)) plan.lab.peers[p.id] = { latency_ms: nearbyLatencies(plan, rng, home) };
  }
}

/** nearbyLatencies: a client is close to its home site's routing peers and far from another site's. */
function nearbyLatencies(plan: AccountPlan, rng: Rng, home: Site): Record<string, number> {
  const out: Record<string, number> = {};
  const far = plan.sites[rng.int(0, plan.sites.length - 1)] as Site;
  for (const p of (plan.routingPeers[home.index] ?? []).slice(0, 2)) out[p.id] = rng.int(4, 35);
  if (far !== home) for (const p of (plan.routingPeers[far.index] ?? []).slice(0, 2)) out[p.id] = rng.int(40, 190);
  return out;
}
