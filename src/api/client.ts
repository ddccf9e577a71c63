import * as z from './schemas/zod';
import { ApiError } from './api-error';
import { errorResponseSchema } from './schemas/common';

/**
 * ApiTarget: where requests go. The app picks it: the embedded control plane (a fetch function that
 * never leaves the page) or a real management URL with a personal access token. Everything else is
 * the same either way, so the console behaves identically against both.
 */
export interface ApiTarget {
  /** Origin (and optional path prefix) of the management API, without the trailing `/api`. */
  baseUrl: string;
  token?: string | undefined;
  fetch: typeof fetch;
  timeoutMs?: number;
}

export type HttpMethod = 'GET' | 'POST' | 'PUT' | 'DELETE';

export interface ApiClient {
  readonly target: ApiTarget;
  request<S extends z.core.$ZodType>(method: HttpMethod, path: string, schema: S, body?: unknown): Promise<z.infer<S>>;
  /** For calls whose answer carries no data we need (DELETE answers `{}`). */
  send(method: HttpMethod, path: string, body?: unknown): Promise<void>;
  /** The raw JSON of a GET, unparsed: used by export, which must keep every field the server sends. */
  raw(path: string): Promise<unknown>;
}

const DEFAULT_TIMEOUT_MS = 20_000;

/** createApiClient: the one HTTP client. Adds `Authorization: Token <PAT>`, parses errors and answers. */
export function createApiClient(target: ApiTarget): ApiClient {
  async function call(method: HttpMethod, path: string, body?: unknown): Promise<unknown> {
    const url = joinUrl(target.baseUrl, path);
    const headers: Record<string, string> = { Accept: 'application/json' };
    if (target.token) headers.Authorization = `Token ${target.token}`;
    if (body !== undefined) headers['Content-Type'] = 'application/json';
    const controller = new AbortController();
    const timeoutMs = target.timeoutMs ?? DEFAULT_TIMEOUT_MS;
    const timer = setTimeout(() => controller.abort(), timeoutMs);
    let response: Response;
    try {
      response = await target.fetch(url, {
        method,
        headers,
        body: body === undefined ? undefined : JSON.stringify(body),
        signal: controller.signal,
      });
    } catch (e) {
      if (controller.signal.aborted) {
        throw new ApiError({ status: 0, kind: 'timeout', serverMessage: `${method} ${path} took longer than ${timeoutMs / 1000} s`, path });
      }
      // A fetch given its own deadline (AbortSignal.timeout, or a proxy's) rejects with TimeoutError.
      if (e instanceof DOMException && e.name === 'TimeoutError') {
        throw new ApiError({ status: 0, kind: 'timeout', serverMessage: `${method} ${path} timed out: ${e.message}`, path });
      }
      throw new ApiError({ status: 0, kind: 'network', serverMessage: networkErrorText(e, target.baseUrl), path });
    } finally {
      clearTimeout(timer);
    }
    const text = await response.text();
    const json = parseJson(text);
    if (!response.ok) {
      const parsed = errorResponseSchema.safeParse(json);
      const serverMessage = parsed.success ? parsed.data.message : text.slice(0, 300);
      throw new ApiError({ status: response.status, kind: 'http', serverMessage, path });
    }
    if (json === undefined && text.trim() !== '') {
      throw new ApiError({ status: response.status, kind: 'invalid-response', serverMessage: `${method} ${path} did not return JSON`, path });
    }
    return json;
  }

  return {
    target,
    async request(method, path, schema, body) {
      const json = await call(method, path, body);
      const parsed = z.safeParse(schema, json);
      if (!parsed.success) {
        const first = parsed.error.issues[0];
        const where = first ? `${first.path.join('.') || '(root)'}: ${first.message}` : 'unexpected shape';
        throw new ApiError({ status: 200, kind: 'invalid-response', serverMessage: `${method} ${path} → ${where}`, path });
      }
      return parsed.data;
    },
    async send(method, path, body) {
      await call(method, path, body);
    },
    raw(path) {
      return call('GET', path);
    },
  };
}

function joinUrl(base: string, path: string): string {
  return base.replace(/\/+$/, '') + path;
}

function parseJson(text: string): unknown {
  if (text.trim() === '') return undefined;
  try {
    return JSON.parse(text) as unknown;
  } catch {
    return undefined;
  }
}

function networkErrorText(e: unknown, baseUrl: string): string {
  const detail = e instanceof Error ? e.message : String(e);
  return `${baseUrl} is unreachable (${detail}). Check the URL, that the server is running, and that it allows this origin (CORS).`;
}
