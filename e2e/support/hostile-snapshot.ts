import { execFile } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { promisify } from 'node:util';
import { startServedApi } from './served-api';

/**
 * hostileSnapshot: the demo account with script and HTML payloads in every free-text field a
 * NetBird API returns (names, descriptions, hostnames, OS strings, DNS labels, route identifiers,
 * locations). Each value keeps its original text after the payload, so names stay unique and the
 * account keeps working. Written to a file for `nbrc serve --seed FILE`.
 */

/** Each payload, if it ever ran, would set window.__xss. */
export const PAYLOADS = ['<img src=x onerror="window.__xss=1">', '<script>window.__xss=1</script>', '"><svg onload=window.__xss=1>'] as const;

const POISONED_KEYS = new Set(['name', 'description', 'hostname', 'os', 'dns_label', 'city_name', 'network_id', 'kernel_version', 'ui_version']);

function poison(value: unknown, key: string | null, counter: { n: number }): unknown {
  if (Array.isArray(value)) return value.map((v) => poison(v, null, counter));
  if (value !== null && typeof value === 'object') {
    // network_resources and network_routers are maps keyed by network id: their keys are ids, not text.
    return Object.fromEntries(Object.entries(value).map(([k, v]) => [k, poison(v, k, counter)]));
  }
  if (typeof value === 'string' && key !== null && POISONED_KEYS.has(key)) {
    counter.n += 1;
    return `${PAYLOADS[counter.n % PAYLOADS.length]}${value}`;
  }
  return value;
}

const bin = fileURLToPath(new URL('../../bin/nbrc.mjs', import.meta.url));

export async function writeHostileSnapshot(): Promise<string> {
  const demo = await startServedApi({ seed: 'demo' });
  try {
    const { stdout } = await promisify(execFile)(process.execPath, [bin, 'export', '--api', demo.url], { env: { ...process.env, NBRC_TOKEN: demo.token }, maxBuffer: 64 * 1024 * 1024 });
    const snapshot = poison(JSON.parse(stdout), null, { n: 0 });
    const file = join(mkdtempSync(join(tmpdir(), 'nbrc-hostile-')), 'hostile.json');
    writeFileSync(file, JSON.stringify(snapshot));
    return file;
  } finally {
    await demo.stop();
  }
}
