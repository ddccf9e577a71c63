import type { AnalysisEngine } from './analysis-engine';
import type { AnalysisRequest, AnalysisResponse } from './protocol';

/**
 * analysis-transport: how requests reach the analysis engine: a module Web Worker in the browser,
 * or the same engine in this thread where there is no Worker (Node tests), so the analysis has one
 * implementation either way. A transport that fails (the worker could not start, or died) says so
 * once through `failure`; the client then starts a new one for the next request.
 */
export interface AnalysisTransport {
  post(request: AnalysisRequest, transfer: Transferable[]): void;
  terminate(): void;
}

export interface TransportListener {
  response(response: AnalysisResponse): void;
  failure(error: Error): void;
}

export type TransportFactory = (listener: TransportListener) => AnalysisTransport;

export const workerTransport: TransportFactory = (listener) => {
  const worker = new Worker(new URL('./analysis.worker.ts', import.meta.url), { type: 'module', name: 'analysis' });
  worker.addEventListener('message', (event: MessageEvent<AnalysisResponse>) => listener.response(event.data));
  worker.addEventListener('error', (event) => {
    // Handled here: the page shows the failure; the browser need not report it again.
    event.preventDefault();
    listener.failure(new Error(`The analysis worker stopped: ${event.message || 'its code could not be loaded'}.`));
  });
  worker.addEventListener('messageerror', () => listener.failure(new Error('The analysis worker sent an answer that could not be read.')));
  return {
    post: (request, transfer) => worker.postMessage(request, transfer),
    terminate: () => worker.terminate(),
  };
};

/**
 * inProcessTransport: the engine in this thread, loaded on first use (so it is not part of the
 * page's code where a Worker exists). Answers come asynchronously, as from a worker; nothing is
 * cloned, so a test sees the very objects the engine built.
 */
export const inProcessTransport: TransportFactory = (listener) => {
  let open = true;
  let engine: AnalysisEngine | null = null;
  const early: AnalysisRequest[] = [];
  import('./analysis-engine').then(
    ({ createAnalysisEngine }) => {
      engine = createAnalysisEngine({
        post: (response) =>
          queueMicrotask(() => {
            if (open) listener.response(response);
          }),
        schedule: (step) => setTimeout(step, 0),
      });
      for (const request of early.splice(0)) engine.receive(request);
    },
    (e: unknown) => listener.failure(e instanceof Error ? e : new Error(String(e))),
  );
  return {
    post(request) {
      if (!open) return;
      if (engine === null) early.push(request);
      else engine.receive(request);
    },
    terminate() {
      open = false;
    },
  };
};
