import { errorResponse } from './http-error';
import { compileRoutes, dispatch, type RouteDef } from './router';
import { allRoutes } from './handlers';
import { createReadCache } from './read-cache';
import type { Store } from './store/store';

/**
 * ControlPlane: NetBird's management API over a store, as a `Request -> Response` function. The
 * browser host wraps it in a fetch function; `nbrc serve` wraps it in a Node HTTP server.
 */
export interface ControlPlane {
  readonly store: Store;
  handle(request: Request): Promise<Response>;
}

export interface ControlPlaneOptions {
  store: Store;
  /** When set, every request needs `Authorization: Token <token>` (else 401), like a real server. */
  token?: string | undefined;
  now?: () => Date;
  extraRoutes?: readonly RouteDef[];
  /** Answer repeated GETs of an unchanged account from a cache (read-cache.ts); for `nbrc serve`. */
  cacheReads?: boolean;
}

export function createControlPlane(opts: ControlPlaneOptions): ControlPlane {
  const routes = compileRoutes([...allRoutes, ...(opts.extraRoutes ?? [])]);
  const cache = opts.cacheReads ? createReadCache(opts.store) : null;
  return {
    store: opts.store,
    async handle(request) {
      if (opts.token !== undefined) {
        const auth = request.headers.get('authorization') ?? '';
        const match = /^Token\s+(.+)$/i.exec(auth.trim());
        if (!match) return errorResponse(401, 'no valid authentication provided: expected header "Authorization: Token <PAT>"');
        if (!constantTimeEqual(match[1] ?? '', opts.token)) return errorResponse(401, 'token invalid or expired');
      }
      const key = cache && request.method === 'GET' ? new URL(request.url).pathname + new URL(request.url).search : null;
      const hit = key !== null ? cache?.get(key) : undefined;
      if (hit) return new Response(hit.body, { status: hit.status, headers: { 'Content-Type': 'application/json' } });
      let readClock = false;
      const now = () => {
        readClock = true;
        return opts.now ? opts.now() : new Date();
      };
      const response = await dispatch(routes, request, { store: opts.store, now });
      if (key !== null && cache && response.status === 200) {
        const body = await response.text();
        cache.set(key, { status: 200, body, readClock });
        return new Response(body, { status: 200, headers: { 'Content-Type': 'application/json' } });
      }
      return response;
    },
  };
}

/** Compares every character whatever the first difference, so timing does not reveal the token. */
export function constantTimeEqual(a: string, b: string): boolean {
  let diff = a.length ^ b.length;
  for (let i = 0; i < b.length; i++) diff |= (a.charCodeAt(i % Math.max(a.length, 1)) || 0) ^ b.charCodeAt(i);
  return diff === 0;
}
