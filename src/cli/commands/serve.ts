import { SnapshotFileError, startServer } from '@/control-plane/node';
import { EXIT_OK, EXIT_USAGE, redact, type CliIo } from '../io';

export interface ServeCommand {
  host: string;
  port: number;
  dataFile?: string;
  seed: string;
  token?: string;
}

/**
 * `nbrc serve`: runs until SIGINT/SIGTERM. The URL goes to stdout (alone on its line, so scripts
 * and tests can read the port of `--port 0`); everything meant for people goes to stderr.
 */
export async function runServe(cmd: ServeCommand, io: CliIo): Promise<number> {
  let server;
  try {
    server = await startServer({
      host: cmd.host,
      port: cmd.port,
      seed: cmd.seed,
      ...(cmd.dataFile !== undefined ? { dataFile: cmd.dataFile } : {}),
      ...(cmd.token !== undefined ? { token: cmd.token } : {}),
    });
  } catch (e) {
    io.stderr(`nbrc serve: ${redact(startProblem(e, cmd), cmd.token)}\n`);
    return EXIT_USAGE;
  }
  const source = cmd.dataFile !== undefined ? `data file ${cmd.dataFile}` : `seed ${cmd.seed}, not saved`;
  io.stdout(`${server.url}\n`);
  io.stderr(`nbrc serve: NetBird management API at ${server.url}/api (${source}${cmd.token !== undefined ? ', token required' : ''}). Ctrl-C stops it.\n`);
  const signal = await io.waitForStop();
  io.stderr(`nbrc serve: ${signal}, saving and stopping\n`);
  await server.close();
  return EXIT_OK;
}

function startProblem(e: unknown, cmd: ServeCommand): string {
  if (e instanceof SnapshotFileError) return e.message;
  const code = (e as NodeJS.ErrnoException).code;
  if (code === 'EADDRINUSE') return `${cmd.host}:${cmd.port} is already in use; choose another port with --port`;
  if (code === 'EADDRNOTAVAIL') return `cannot bind ${cmd.host}: no such address on this machine`;
  if (code === 'EACCES') return `not allowed to listen on ${cmd.host}:${cmd.port}`;
  return e instanceof Error ? e.message : String(e);
}
