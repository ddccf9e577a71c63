import { parseArgs } from 'node:util';

/**
 * The `nbrc` command line, parsed in one place. Each command gets exactly its options; anything
 * else is a usage error (exit 2) with a message that says what was wrong.
 */
export type Command =
  | { kind: 'help'; command?: CommandName }
  | { kind: 'serve'; host: string; port: number; dataFile?: string; seed: string; token?: string }
  | { kind: 'export'; apiUrl: string; token?: string };

export type CommandName = 'serve' | 'export';

export type ParsedCommandLine = { ok: true; command: Command } | { ok: false; error: string; command?: CommandName };

const COMMANDS: readonly CommandName[] = ['serve', 'export'];

const isCommandName = (s: string | undefined): s is CommandName => (COMMANDS as readonly (string | undefined)[]).includes(s);

/** `env` supplies NBRC_TOKEN, so a token need not appear in the process list. */
export function parseCommandLine(argv: readonly string[], env: Readonly<Record<string, string | undefined>> = {}): ParsedCommandLine {
  const [first, ...rest] = argv;
  if (first === undefined || first === '--help' || first === '-h' || first === 'help') {
    const topic = first === 'help' ? rest[0] : undefined;
    return { ok: true, command: isCommandName(topic) ? { kind: 'help', command: topic } : { kind: 'help' } };
  }
  if (!isCommandName(first)) return { ok: false, error: `unknown command "${first}"` };
  try {
    switch (first) {
      case 'serve':
        return parseServe(rest, env);
      case 'export':
        return parseExport(rest, env);
    }
  } catch (e) {
    return { ok: false, error: e instanceof Error ? e.message : String(e), command: first };
  }
}

function parseServe(args: string[], env: Readonly<Record<string, string | undefined>>): ParsedCommandLine {
  const { values } = parseArgs({
    args,
    strict: true,
    allowPositionals: false,
    options: {
      host: { type: 'string' },
      port: { type: 'string' },
      data: { type: 'string' },
      seed: { type: 'string' },
      token: { type: 'string' },
      help: { type: 'boolean', short: 'h' },
    },
  });
  if (values.help) return { ok: true, command: { kind: 'help', command: 'serve' } };
  const portText = values.port ?? '33073';
  const port = Number(portText);
  if (!/^\d+$/.test(portText) || port > 65535) return { ok: false, error: `--port must be a number from 0 to 65535, got "${portText}"`, command: 'serve' };
  const host = values.host ?? '127.0.0.1';
  if (host.trim() === '') return { ok: false, error: '--host must not be empty', command: 'serve' };
  const token = values.token ?? env.NBRC_TOKEN;
  if (token !== undefined && token.trim() === '') return { ok: false, error: '--token must not be empty', command: 'serve' };
  return {
    ok: true,
    command: {
      kind: 'serve',
      host,
      port,
      seed: values.seed ?? 'demo',
      ...(values.data !== undefined ? { dataFile: values.data } : {}),
      ...(token !== undefined ? { token } : {}),
    },
  };
}

function parseExport(args: string[], env: Readonly<Record<string, string | undefined>>): ParsedCommandLine {
  const { values } = parseArgs({
    args,
    strict: true,
    allowPositionals: false,
    options: {
      api: { type: 'string' },
      token: { type: 'string' },
      help: { type: 'boolean', short: 'h' },
    },
  });
  if (values.help) return { ok: true, command: { kind: 'help', command: 'export' } };
  if (values.api === undefined) return { ok: false, error: '--api URL is required (the management URL, e.g. https://api.netbird.io)', command: 'export' };
  const apiUrl = normalizeApiUrl(values.api);
  if (apiUrl === null) return { ok: false, error: `--api must be an http(s) URL, got "${values.api}"`, command: 'export' };
  const token = values.token ?? env.NBRC_TOKEN;
  return { ok: true, command: { kind: 'export', apiUrl, ...(token ? { token } : {}) } };
}

/** The API base without a trailing `/api` or slash: people paste either form. */
function normalizeApiUrl(text: string): string | null {
  let url: URL;
  try {
    url = new URL(text);
  } catch {
    return null;
  }
  if (url.protocol !== 'http:' && url.protocol !== 'https:') return null;
  if (url.username || url.password || url.search || url.hash) return null;
  return url.href.replace(/\/+$/, '').replace(/\/api$/, '');
}
