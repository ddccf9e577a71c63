import { writeFileSync } from 'node:fs';
import { parseArgs } from 'node:util';
import { ACCOUNT_SIZE_NAMES, DEFAULT_SEED, accountCounts, generateAccount, isAccountSizeName } from '@/domain/generate';
import { usageError, type FileIo } from '../file-io';

/**
 * `nbrc generate --size S|M|L|XL [--seed N] [--out FILE]`: a realistic generated account snapshot
 * (nbrc-account/1) for benchmarks and demos, on stdout or into FILE. The same size and seed give
 * the same snapshot byte for byte. Feed it to `nbrc serve --seed FILE` or to lint, trace, access.
 */

export const GENERATE_USAGE = 'Usage: nbrc generate --size S|M|L|XL [--seed N] [--out FILE]\n';

/** GenerateIo: the file io of the analysis commands, plus writing the snapshot to a file. */
export interface GenerateIo extends FileIo {
  writeFile?(path: string, text: string): void;
}

const MAX_SEED = 0xffffffff;

export function run(args: string[], io: GenerateIo): number {
  let parsed;
  try {
    parsed = parseArgs({
      args,
      strict: true,
      allowPositionals: false,
      options: { size: { type: 'string' }, seed: { type: 'string' }, out: { type: 'string' }, help: { type: 'boolean', short: 'h' } },
    });
  } catch (e) {
    return usageError(io, 'generate', e instanceof Error ? e.message : String(e), GENERATE_USAGE);
  }
  const { values } = parsed;
  if (values.help === true) {
    io.stdout(`${GENERATE_USAGE}\n${sizeTable()}`);
    return 0;
  }
  const size = values.size;
  if (size === undefined || !isAccountSizeName(size)) {
    return usageError(io, 'generate', `--size must be one of ${ACCOUNT_SIZE_NAMES.join(', ')}${size === undefined ? '' : `, got "${size}"`}`, GENERATE_USAGE);
  }
  const seed = values.seed === undefined ? DEFAULT_SEED : Number(values.seed);
  if (!/^\d+$/.test(values.seed ?? '0') || !Number.isSafeInteger(seed) || seed > MAX_SEED) {
    return usageError(io, 'generate', `--seed must be a whole number from 0 to ${MAX_SEED}, got "${values.seed}"`, GENERATE_USAGE);
  }
  // the wire shape is proven by generate.test.ts: the output parses under the api schemas unchanged
  const snapshot = generateAccount({ size, seed });
  const text = `${JSON.stringify(snapshot, null, 2)}\n`;
  if (values.out === undefined) {
    io.stdout(text);
    return 0;
  }
  try {
    (io.writeFile ?? ((path: string, data: string) => writeFileSync(path, data)))(values.out, text);
  } catch (e) {
    return usageError(io, 'generate', `cannot write ${values.out}: ${e instanceof Error ? e.message : String(e)}`, '');
  }
  return 0;
}

/** sizeTable: what each size holds, for --help. */
function sizeTable(): string {
  const lines = ACCOUNT_SIZE_NAMES.map((s) => {
    const c = accountCounts(s);
    return `  ${s.padEnd(3)} ${c.peers} peers, ${c.groups} groups, ${c.networks} networks, ${c.resources} resources, ${c.routers} routers, ${c.policies} policies, ${c.routes} routes, ${c.nameservers} nameserver groups`;
  });
  return `Sizes (with lab data: failure domains, LAN addresses, latencies, DNS answers):\n${lines.join('\n')}\n`;
}
