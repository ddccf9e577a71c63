import type { EmbeddedControlPlane } from '@/control-plane/browser';
import { browserStorages, loadFaultPlan, saveFaultPlan } from './target-storage';

/**
 * The embedded control plane is loaded on first use, in its own chunk: it carries the handlers and
 * the demo seed, which a console pointed at a real server never needs, and which would otherwise
 * weigh on the first page load. Its fault injection plan is kept per tab, so a reload keeps it.
 */
let planePromise: Promise<EmbeddedControlPlane> | null = null;

export function loadEmbeddedPlane(): Promise<EmbeddedControlPlane> {
  planePromise ??= import('@/control-plane/browser').then((m) => {
    const plane = m.createEmbeddedControlPlane({ faults: loadFaultPlan(browserStorages()) });
    plane.faults.subscribe(() => saveFaultPlan(browserStorages(), plane.faults.plan));
    return plane;
  });
  return planePromise;
}

/** embeddedFetch: a fetch answered by the control plane in this page (loaded on the first call). */
export const embeddedFetch: typeof fetch = async (input, init) => {
  const plane = await loadEmbeddedPlane();
  return plane.fetch(input, init);
};
