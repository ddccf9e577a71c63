import type { ControlPlane } from '../control-plane';
import { errorResponse } from '../http-error';
import type { FaultInjector } from './fault-injector';

/**
 * EMBEDDED_BASE_URL: the origin the console uses as API base for the embedded control plane. The
 * `.invalid` top-level domain never resolves, so a request that escaped to the network would fail
 * loudly instead of reaching some real host.
 */
export const EMBEDDED_BASE_URL = 'https://embedded.invalid';

/** How long an injected timeout keeps the request pending after the change was applied. */
export const INJECTED_TIMEOUT_MS = 1_000;

/**
 * createEmbeddedFetch: a `fetch` that hands requests to the control plane in the page. It answers
 * after a macrotask, like a network would, so loading states and races in the UI are exercised
 * against the embedded target too; an aborted request rejects with AbortError as fetch does. With
 * a fault injector it fails requests the ways real servers and networks do (see FaultPlan).
 */
export function createEmbeddedFetch(plane: ControlPlane, faults?: FaultInjector): typeof fetch {
  return async (input, init) => {
    const request = toRequest(input, init);
    await new Promise<void>((resolve) => setTimeout(resolve, 0));
    if (request.signal.aborted) throw abortError(request.signal);
    const fault = faults?.next(request.method) ?? null;
    switch (fault) {
      case null:
        return plane.handle(request);
      case 'error-500':
        return errorResponse(500, 'injected fault (Settings → Fault injection): internal server error, nothing was changed');
      case 'rate-limit-429': {
        const res = errorResponse(429, 'injected fault (Settings → Fault injection): too many requests, nothing was changed');
        res.headers.set('Retry-After', '1');
        return res;
      }
      case 'dropped-connection':
        throw new TypeError('Failed to fetch (injected fault: the connection was dropped before the request arrived)');
      case 'timeout':
        // The server did the work; only the answer is lost. This is what makes a blind retry dangerous.
        await plane.handle(request);
        await new Promise<void>((resolve) => setTimeout(resolve, INJECTED_TIMEOUT_MS));
        throw new DOMException('injected fault: the change was applied but the answer never arrived', 'TimeoutError');
    }
  };
}

function toRequest(input: RequestInfo | URL, init: RequestInit | undefined): Request {
  if (typeof input === 'string' && !/^[a-z][a-z0-9+.-]*:/i.test(input)) return new Request(new URL(input, EMBEDDED_BASE_URL), init);
  return new Request(input, init);
}

function abortError(signal: AbortSignal): unknown {
  return signal.reason ?? new DOMException('The operation was aborted.', 'AbortError');
}
