/**
 * npm run load: `nbrc serve` under concurrent load (issue 9). Generates the L account, serves it
 * on loopback with a token, and lets 200 concurrent clients read its list endpoints for 10 s
 * (autocannon, bounded: loopback only, fixed duration). Prints throughput and latency (p50, p99)
 * and exits 1 if any request failed: a non-2xx answer, a socket error or a timeout.
 * Options: --connections N, --duration S, --size S|M|L|XL, --json.
 */
import { spawn, spawnSync, type ChildProcess } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { mkdtempSync } from 'node:fs';
import { cpus, tmpdir, totalmem } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import autocannon from 'autocannon';

const { values: opts } = parseArgs({
  options: { connections: { type: 'string', default: '200' }, duration: { type: 'string', default: '10' }, size: { type: 'string', default: 'L' }, json: { type: 'boolean', default: false } },
});

const ENDPOINTS = ['/api/peers', '/api/groups', '/api/policies', '/api/routes', '/api/networks', '/api/networks/routers', '/api/dns/nameservers', '/api/setup-keys'];
const bin = fileURLToPath(new URL('../bin/nbrc.mjs', import.meta.url));

function generate(size: string): string {
  const file = join(mkdtempSync(join(tmpdir(), 'nbrc-load-')), `account-${size}.json`);
  const r = spawnSync(process.execPath, [bin, 'generate', '--size', size, '--out', file], { stdio: ['ignore', 'ignore', 'inherit'] });
  if (r.status !== 0) throw new Error(`nbrc generate --size ${size} failed`);
  return file;
}

function serve(seed: string, token: string): Promise<{ url: string; child: ChildProcess }> {
  const child = spawn(process.execPath, [bin, 'serve', '--host', '127.0.0.1', '--port', '0', '--seed', seed], {
    stdio: ['ignore', 'pipe', 'inherit'],
    env: { ...process.env, NBRC_TOKEN: token },
  });
  return new Promise((resolve, reject) => {
    let out = '';
    child.stdout?.on('data', (d: Buffer) => {
      out += d.toString();
      const nl = out.indexOf('\n');
      if (nl >= 0) resolve({ url: out.slice(0, nl).trim(), child });
    });
    child.once('exit', (code) => reject(new Error(`nbrc serve exited with ${code}`)));
  });
}

const token = `nbp_${randomBytes(12).toString('hex')}`;
const seed = generate(opts.size);
const { url, child } = await serve(seed, token);
try {
  const result = await autocannon({
    url,
    connections: Number(opts.connections),
    duration: Number(opts.duration),
    timeout: 30,
    headers: { authorization: `Token ${token}`, accept: 'application/json' },
    requests: ENDPOINTS.map((path) => ({ method: 'GET' as const, path })),
  });
  const failed = result.errors + result.timeouts + result.non2xx;
  const report = {
    machine: `${cpus().length} × ${cpus()[0]?.model ?? 'cpu'}, ${Math.round(totalmem() / 2 ** 30)} GiB, Node ${process.version}`,
    account: opts.size,
    endpoints: ENDPOINTS,
    connections: result.connections,
    duration_s: result.duration,
    requests: result.requests.total,
    throughput_rps: Math.round(result.requests.average),
    throughput_mb_s: Math.round((result.throughput.average / 2 ** 20) * 10) / 10,
    latency_ms: { p50: result.latency.p50, p99: result.latency.p99, max: result.latency.max },
    errors: result.errors,
    timeouts: result.timeouts,
    non2xx: result.non2xx,
    passed: failed === 0,
  };
  if (opts.json) console.log(JSON.stringify(report, null, 2));
  else {
    console.log(`nbrc serve under load: ${report.connections} concurrent clients, ${report.duration_s} s, ${report.account} account, ${ENDPOINTS.length} list endpoints (${report.machine})`);
    console.log(`| requests | throughput | p50 | p99 | max | errors |`);
    console.log(`|---|---|---|---|---|---|`);
    console.log(`| ${report.requests} | ${report.throughput_rps} req/s (${report.throughput_mb_s} MB/s) | ${report.latency_ms.p50} ms | ${report.latency_ms.p99} ms | ${report.latency_ms.max} ms | ${failed} |`);
  }
  process.exitCode = failed === 0 ? 0 : 1;
} finally {
  child.kill('SIGTERM');
}
