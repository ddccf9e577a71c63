import type { FaultKind, FaultPlan } from '@/api/fault-plan';

/**
 * FaultInjector: decides, request by request, whether the embedded control plane fails it and how
 * (see FaultPlan). Deterministic: "every third" counts matching requests, "next" disarms itself
 * after firing once, so tests know exactly which request fails.
 */
export interface FaultInjector {
  readonly plan: FaultPlan | null;
  setPlan(plan: FaultPlan | null): void;
  /** The fault for this request, or null to answer it normally. */
  next(method: string): FaultKind | null;
  subscribe(listener: () => void): () => void;
}

export function createFaultInjector(initial: FaultPlan | null = null): FaultInjector {
  let plan = initial;
  let matching = 0;
  const listeners = new Set<() => void>();
  const set = (next: FaultPlan | null) => {
    plan = next;
    matching = 0;
    listeners.forEach((l) => l());
  };
  return {
    get plan() {
      return plan;
    },
    setPlan: set,
    next(method) {
      if (plan === null) return null;
      if (plan.scope === 'changes' && method.toUpperCase() === 'GET') return null;
      matching += 1;
      const kind = plan.kind;
      switch (plan.frequency) {
        case 'next':
          set(null);
          return kind;
        case 'every':
          return kind;
        case 'every-third':
          return matching % 3 === 0 ? kind : null;
      }
    },
    subscribe(listener) {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
  };
}
