import { existsSync } from 'node:fs';
import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import type { AccountSnapshot } from '@/api/schemas';
import { createControlPlane, type ControlPlane } from '../control-plane';
import { isSeedName, seedSnapshot, type SeedName } from '../seeds';
import { stateFromSnapshot } from '../store/snapshot';
import { createStore } from '../store/store';
import { removeStaleTempFiles } from './atomic-write';
import { CORS_HEADERS, isJsonContentType, MAX_BODY_BYTES, readBody, sendError, sendWebResponse, toWebRequest } from './http-bridge';
import { createPersister, type Persister } from './persister';
import { readSnapshotFile } from './snapshot-file';

export interface ServerOptions {
  /** Defaults to 127.0.0.1: the control plane is reachable from other hosts only when asked. */
  host?: string;
  /** 0 picks a free port (tests); defaults to 33073, NetBird's management port. */
  port?: number;
  /** Load the account from this file if it exists, and save it there atomically after every change. */
  dataFile?: string;
  /** The account to start with when there is no data file: a seed name or a snapshot file path. */
  seed?: SeedName | (string & {});
  /** When set, every request needs `Authorization: Token <token>`. */
  token?: string;
}

export interface RunningServer {
  readonly host: string;
  readonly port: number;
  /** e.g. http://127.0.0.1:33073, the base URL a client uses (without `/api`). */
  readonly url: string;
  readonly plane: ControlPlane;
  /** Stop accepting requests, finish pending saves, then resolve. */
  close(): Promise<void>;
}

const MUTATING = new Set(['POST', 'PUT', 'DELETE']);

/**
 * startServer: the control plane as a NetBird-compatible HTTP server (`nbrc serve`). A mutating
 * request is answered only after its change is on disk, so an acknowledged write survives
 * `kill -9`. Throws SnapshotFileError (before listening) for an unreadable data or seed file.
 */
export async function startServer(opts: ServerOptions = {}): Promise<RunningServer> {
  const host = opts.host ?? '127.0.0.1';
  const dataFile = opts.dataFile;
  const dataExists = dataFile !== undefined && existsSync(dataFile);
  const initial = dataExists ? await readSnapshotFile(dataFile, 'data file') : await loadSeed(opts.seed ?? 'demo');

  const store = createStore(stateFromSnapshot(initial));
  const plane = createControlPlane({ store, token: opts.token, cacheReads: true });
  let persister: Persister | null = null;
  if (dataFile !== undefined) {
    await removeStaleTempFiles(dataFile);
    persister = createPersister(store, dataFile);
    if (!dataExists) await persister.saveNow();
  }

  let origin = '';
  const server = createServer((req, res) => {
    handle(req, res).catch((e: unknown) => {
      if (!res.headersSent) sendError(res, 500, `internal error: ${e instanceof Error ? e.message : String(e)}`);
      else res.destroy();
    });
  });

  async function handle(req: IncomingMessage, res: ServerResponse): Promise<void> {
    const method = (req.method ?? 'GET').toUpperCase();
    if (method === 'OPTIONS') {
      res.writeHead(204, { ...CORS_HEADERS });
      res.end();
      return;
    }
    let body: Buffer | null = null;
    if (method !== 'GET' && method !== 'HEAD') {
      const read = await readBody(req);
      if (read.kind === 'too-large') {
        sendError(res, 413, `request body larger than ${MAX_BODY_BYTES} bytes`);
        return;
      }
      body = read.body;
      if ((method === 'POST' || method === 'PUT') && !isJsonContentType(req.headers['content-type'])) {
        sendError(res, 415, `${method} needs "Content-Type: application/json", got ${JSON.stringify(req.headers['content-type'] ?? 'none')}`);
        return;
      }
    }
    const response = await plane.handle(toWebRequest(req, origin, body));
    if (persister && MUTATING.has(method)) {
      try {
        await persister.flush();
      } catch (e) {
        sendError(res, 500, `the change was applied but could not be saved to ${dataFile}: ${e instanceof Error ? e.message : String(e)}`);
        return;
      }
    }
    await sendWebResponse(res, response);
  }

  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(opts.port ?? 33073, host, () => {
      server.off('error', reject);
      resolve();
    });
  });
  const port = (server.address() as AddressInfo).port;
  const urlHost = host.includes(':') ? `[${host}]` : host;
  origin = `http://${urlHost}:${port}`;

  return {
    host,
    port,
    url: origin,
    plane,
    async close() {
      await new Promise<void>((resolve) => {
        // Connections still answering when close() is called turn idle afterwards and would be
        // kept alive; close them as they do. A client holding one busy gets at most two seconds.
        const idle = setInterval(() => server.closeIdleConnections(), 20);
        const hard = setTimeout(() => server.closeAllConnections(), 2000);
        server.close(() => {
          clearInterval(idle);
          clearTimeout(hard);
          resolve();
        });
        server.closeIdleConnections();
      });
      if (persister) {
        await persister.flush().catch(() => undefined);
        persister.stop();
      }
    },
  };
}

async function loadSeed(seed: string): Promise<AccountSnapshot> {
  return isSeedName(seed) ? seedSnapshot(seed) : readSnapshotFile(seed, 'seed file');
}
