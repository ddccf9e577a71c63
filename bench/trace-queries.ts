import type { TraceQuery } from '@/domain/trace';
import { createRng } from '@/domain/generate/prng';
import type { Snapshot } from '@/domain/snapshot';

/**
 * trace-queries: the benchmark's random packets, drawn once (seeded) from the account so every
 * run traces the same ones: mostly people's devices to network resources (hosts, addresses inside
 * subnets, internal names), then peers, legacy-route prefixes and internet addresses (exit nodes).
 */
const PORTS = [443, 22, 5432, 3306, 80, 6443, 8080, 53, 3389];

export function traceQueries(snapshot: Snapshot, count: number, seed = 7): TraceQuery[] {
  const rng = createRng(seed);
  const devices = snapshot.peers.filter((p) => !/gw-|servers?|-db-|-app-/.test(p.name));
  const sources = devices.length > 0 ? devices : snapshot.peers;
  const resources = Object.values(snapshot.network_resources).flat();
  const ipRoutes = snapshot.routes.filter((r) => r.network_type === 'IPv4' && r.network !== '0.0.0.0/0');
  const dnsNames = Object.keys(snapshot.lab?.dns ?? {});
  const out: TraceQuery[] = [];
  while (out.length < count) {
    const from = rng.pick(sources).name;
    const port = rng.chance(0.8) ? rng.pick(PORTS) : null;
    const withPort = (host: string) => (port === null ? host : `${host}:${port}`);
    const protocol = port === null ? 'all' : rng.chance(0.9) ? 'tcp' : 'udp';
    const kind = rng.weighted([
      ['resource', 55],
      ['name', 15],
      ['peer', 15],
      ['route', 10],
      ['internet', 5],
    ] as const);
    let to: string | null = null;
    if (kind === 'resource' && resources.length > 0) {
      const r = rng.pick(resources);
      if (r.type === 'host') to = withPort(r.address.replace(/\/\d+$/, ''));
      else if (r.type === 'subnet') to = withPort(r.address.replace(/\.0\/\d+$/, `.${rng.int(1, 30)}`));
    } else if (kind === 'name' && dnsNames.length > 0) {
      to = withPort(rng.pick(dnsNames));
    } else if (kind === 'peer') {
      to = withPort(rng.pick(snapshot.peers).ip);
    } else if (kind === 'route' && ipRoutes.length > 0) {
      to = withPort((rng.pick(ipRoutes).network ?? '').replace(/\.0\/\d+$/, `.${rng.int(1, 254)}`));
    } else if (kind === 'internet') {
      to = withPort(`198.18.${rng.int(0, 255)}.${rng.int(1, 254)}`);
    }
    if (to !== null) out.push({ from, to, protocol });
  }
  return out;
}
