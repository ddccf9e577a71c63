import { errorResponse, HttpError, jsonResponse } from './http-error';
import type { Store } from './store/store';

/**
 * The control plane's request router: NetBird's paths under /api, one handler per method+path.
 * Handlers are plain functions over the store; the router turns their results and HttpErrors into
 * NetBird's JSON answers. The same router serves the browser host and `nbrc serve`.
 */
export interface HandlerContext {
  store: Store;
  params: Record<string, string>;
  /** The query string (NetBird filters some lists, e.g. GET /api/peers?name=&ip=). */
  query: URLSearchParams;
  /** The parsed JSON body; reading it on a request without valid JSON answers 400. */
  body(): unknown;
  now(): Date;
}

export type HandlerResult = { status?: number; body: unknown };
export type Handler = (ctx: HandlerContext) => HandlerResult | Promise<HandlerResult>;

export interface RouteDef {
  method: 'GET' | 'POST' | 'PUT' | 'DELETE';
  /** Path with `{param}` segments, as in the OpenAPI spec, e.g. `/api/networks/{networkId}/resources`. */
  path: string;
  handle: Handler;
}

interface CompiledRoute extends RouteDef {
  regex: RegExp;
  names: string[];
}

/**
 * compileRoutes orders routes so that literal segments win over parameters
 * (`/api/networks/routers` before `/api/networks/{networkId}`), whatever order modules register in.
 */
export function compileRoutes(defs: readonly RouteDef[]): CompiledRoute[] {
  const specificity = (path: string) => path.split('/').map((seg) => (seg.startsWith('{') ? '1' : '0')).join('');
  const ordered = [...defs].sort((a, b) => specificity(a.path).localeCompare(specificity(b.path)));
  return ordered.map((d) => {
    const names: string[] = [];
    const pattern = d.path.replace(/\{(\w+)\}/g, (_, name: string) => {
      names.push(name);
      return '([^/]+)';
    });
    return { ...d, regex: new RegExp(`^${pattern}/?$`), names };
  });
}

export interface DispatchOptions {
  store: Store;
  now?: () => Date;
}

export async function dispatch(routes: readonly CompiledRoute[], request: Request, opts: DispatchOptions): Promise<Response> {
  const url = new URL(request.url);
  const method = request.method.toUpperCase();
  let pathMatched = false;
  for (const route of routes) {
    const m = route.regex.exec(url.pathname);
    if (!m) continue;
    pathMatched = true;
    if (route.method !== method) continue;
    const params: Record<string, string> = {};
    route.names.forEach((name, i) => {
      params[name] = decodeURIComponent(m[i + 1] ?? '');
    });
    const text = method === 'GET' || method === 'DELETE' ? '' : await request.text();
    let parsedBody: { ok: true; value: unknown } | { ok: false } | null = null;
    const ctx: HandlerContext = {
      store: opts.store,
      params,
      query: url.searchParams,
      now: opts.now ?? (() => new Date()),
      body() {
        parsedBody ??= parseBody(text);
        if (!parsedBody.ok) throw new HttpError(400, 'couldn\'t parse JSON request');
        return parsedBody.value;
      },
    };
    try {
      const result = await route.handle(ctx);
      return jsonResponse(result.status ?? 200, result.body);
    } catch (e) {
      if (e instanceof HttpError) return errorResponse(e.status, e.message);
      const message = e instanceof Error ? e.message : String(e);
      return errorResponse(500, `internal error: ${message}`);
    }
  }
  if (pathMatched) return errorResponse(405, `method ${method} is not allowed on ${url.pathname}`);
  return errorResponse(404, `no API endpoint at ${url.pathname}`);
}

function parseBody(text: string): { ok: true; value: unknown } | { ok: false } {
  if (text.trim() === '') return { ok: false };
  try {
    return { ok: true, value: JSON.parse(text) as unknown };
  } catch {
    return { ok: false };
  }
}
