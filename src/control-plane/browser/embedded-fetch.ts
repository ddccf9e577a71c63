import type { ControlPlane } from '../control-plane';

/**
 * EMBEDDED_BASE_URL: the origin the console uses as API base for the embedded control plane. The
 * `.invalid` top-level domain never resolves, so a request that escaped to the network would fail
 * loudly instead of reaching some real host.
 */
export const EMBEDDED_BASE_URL = 'https://embedded.invalid';

/**
 * createEmbeddedFetch: a `fetch` that hands requests to the control plane in the page. It answers
 * after a macrotask, like a network would, so loading states and races in the UI are exercised
 * against the embedded target too; an aborted request rejects with AbortError as fetch does.
 */
export function createEmbeddedFetch(plane: ControlPlane): typeof fetch {
  return async (input, init) => {
    const request = toRequest(input, init);
    await new Promise<void>((resolve) => setTimeout(resolve, 0));
    if (request.signal.aborted) throw abortError(request.signal);
    return plane.handle(request);
  };
}

function toRequest(input: RequestInfo | URL, init: RequestInit | undefined): Request {
  if (typeof input === 'string' && !/^[a-z][a-z0-9+.-]*:/i.test(input)) return new Request(new URL(input, EMBEDDED_BASE_URL), init);
  return new Request(input, init);
}

function abortError(signal: AbortSignal): unknown {
  return signal.reason ?? new DOMException('The operation was aborted.', 'AbortError');
}
