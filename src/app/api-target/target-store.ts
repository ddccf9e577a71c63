import { createApiClient, type ApiClient } from '@/api';
import type { FaultPlan } from '@/api/fault-plan';
import type { ApiTargetChoice } from '@/components/target-settings';
import { embeddedFetch, loadEmbeddedPlane } from './embedded-plane';
import { browserStorages, loadFaultPlan, loadTargetChoice, saveTargetChoice } from './target-storage';

/**
 * The current API target and its client live outside React: route loaders (which run before any
 * component) prefetch with the same client the pages then read with. Components subscribe through
 * useSyncExternalStore in ApiTargetProvider.
 */
export interface TargetState {
  choice: ApiTargetChoice;
  client: ApiClient;
  embeddedLoadProblem: string | null;
  /** The embedded control plane's fault injection plan (it disarms itself after a "next" fault). */
  faultPlan: FaultPlan | null;
}

/** clientFor: the one place a target becomes an ApiClient. */
export function clientFor(choice: ApiTargetChoice): ApiClient {
  switch (choice.kind) {
    case 'embedded':
      return createApiClient({ baseUrl: window.location.origin, fetch: embeddedFetch });
    case 'remote':
      return createApiClient({ baseUrl: choice.url, token: choice.token || undefined, fetch: window.fetch.bind(window) });
  }
}

const listeners = new Set<() => void>();
const initialChoice = loadTargetChoice(browserStorages());
let state: TargetState = { choice: initialChoice, client: clientFor(initialChoice), embeddedLoadProblem: null, faultPlan: loadFaultPlan(browserStorages()) };

function emit(next: TargetState): void {
  state = next;
  listeners.forEach((l) => l());
}

export const targetStore = {
  get: (): TargetState => state,
  subscribe(listener: () => void): () => void {
    listeners.add(listener);
    return () => listeners.delete(listener);
  },
  /** Saves and switches to a target; the caller clears the query cache of the old one. */
  set(choice: ApiTargetChoice): void {
    saveTargetChoice(browserStorages(), choice);
    emit({ ...state, choice, client: clientFor(choice) });
    if (choice.kind === 'embedded') void refreshLoadProblem();
  },
  /** Re-reads the embedded plane's load problem (after it loaded, or after a reset cleared it). */
  refreshLoadProblem,
  async setFaultPlan(plan: FaultPlan | null): Promise<void> {
    const plane = await loadEmbeddedPlane();
    plane.faults.setPlan(plan);
  },
};

let watchingFaults = false;

async function refreshLoadProblem(): Promise<void> {
  const plane = await loadEmbeddedPlane();
  if (!watchingFaults) {
    watchingFaults = true;
    plane.faults.subscribe(() => emit({ ...state, faultPlan: plane.faults.plan }));
  }
  if (plane.loadProblem !== state.embeddedLoadProblem) emit({ ...state, embeddedLoadProblem: plane.loadProblem });
}

if (initialChoice.kind === 'embedded') void refreshLoadProblem();
