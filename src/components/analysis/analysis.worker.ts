import { createAnalysisEngine } from './analysis-engine';
import type { AnalysisRequest, AnalysisResponse } from './protocol';

/**
 * analysis.worker: the Web Worker the heavy analysis (review, access matrix, change preview, findings impact) runs
 * in, so the page stays responsive on big accounts. All logic is in analysis-engine; this file
 * only connects it to the worker's messages.
 */
interface WorkerScope {
  postMessage(message: AnalysisResponse, transfer: Transferable[]): void;
  addEventListener(type: 'message', listener: (event: MessageEvent<AnalysisRequest>) => void): void;
}

// The app's TypeScript setup has the DOM library, not the worker one: name the little used here.
const scope = self as unknown as WorkerScope;

const engine = createAnalysisEngine({
  post: (response, transfer) => scope.postMessage(response, transfer),
  schedule: (step) => setTimeout(step, 0),
});

scope.addEventListener('message', (event) => engine.receive(event.data));
