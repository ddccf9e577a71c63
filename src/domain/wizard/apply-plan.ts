import { isPlaceholder } from './plan';
import type { PlannedObject } from './plan-objects';

/**
 * apply-plan: sending the plan's objects in dependency order, as a resumable state machine. The
 * state remembers, per placeholder, the id the server gave the object; it is saved with the plan,
 * so a retry (even after a reload) skips what exists. Before each create it also asks the server
 * for an object this plan may have created in a lost answer (same name, same identifying fields):
 * retrying never creates a duplicate. On a failure it stops and says which call failed and why;
 * undo removes what the plan created, newest first.
 */
export type ApplyStatus = 'pending' | 'running' | 'failed' | 'applied' | 'undoing' | 'undone';

export interface ApplyFailure {
  /** The placeholder of the object whose call failed. */
  id: string;
  label: string;
  message: string;
  during: 'apply' | 'undo';
}

export interface ApplyState {
  status: ApplyStatus;
  /** Placeholder id -> the real id of the object this plan created. */
  created: Record<string, string>;
  failure: ApplyFailure | null;
}

export const initialApplyState = (): ApplyState => ({ status: 'pending', created: {}, failure: null });

/** ApplyPort: the HTTP side, given objects whose placeholders are already real ids. */
export interface ApplyPort {
  /** The id of an object matching this one that a lost answer may have created, if any. */
  find(o: PlannedObject): Promise<string | undefined>;
  create(o: PlannedObject): Promise<string>;
  remove(o: PlannedObject, id: string): Promise<void>;
}

/** resolveObject: the object with every placeholder swapped for the created id; throws when one is missing (a dependency not created yet). */
export function resolveObject(o: PlannedObject, created: Readonly<Record<string, string>>): PlannedObject {
  const swap = (v: unknown): unknown => {
    if (typeof v === 'string') {
      if (!isPlaceholder(v)) return v;
      const real = created[v];
      if (real === undefined) throw new Error(`${o.label} needs ${v}, which is not created yet`);
      return real;
    }
    if (Array.isArray(v)) return v.map(swap);
    if (v !== null && typeof v === 'object') return Object.fromEntries(Object.entries(v).map(([k, x]) => [k, swap(x)]));
    return v;
  };
  const { id, label, ...rest } = o;
  return { id, label, ...(swap(rest) as object) } as PlannedObject;
}

/** dependenciesOf: the placeholders of other planned objects this one refers to. */
export function dependenciesOf(o: PlannedObject): string[] {
  const found = new Set<string>();
  const walk = (v: unknown): void => {
    if (typeof v === 'string' && isPlaceholder(v) && v !== o.id) found.add(v);
    else if (Array.isArray(v)) v.forEach(walk);
    else if (v !== null && typeof v === 'object') Object.values(v).forEach(walk);
  };
  const { id: _id, label: _label, ...rest } = o;
  walk(rest);
  return [...found];
}

const message = (e: unknown): string => (e instanceof Error ? e.message : String(e));

/**
 * applyPlan: creates what is not created yet, in order, reporting each step through onChange.
 * Returns the final state: `applied`, or `failed` with the call that failed (nothing after it sent).
 */
export async function applyPlan(objects: readonly PlannedObject[], start: ApplyState, port: ApplyPort, onChange: (s: ApplyState) => void = () => {}): Promise<ApplyState> {
  let state: ApplyState = { ...start, status: 'running', failure: null, created: { ...start.created } };
  onChange(state);
  for (const o of objects) {
    if (state.created[o.id] !== undefined) continue;
    try {
      const resolved = resolveObject(o, state.created);
      const id = (await port.find(resolved)) ?? (await port.create(resolved));
      state = { ...state, created: { ...state.created, [o.id]: id } };
      onChange(state);
    } catch (e) {
      state = { ...state, status: 'failed', failure: { id: o.id, label: o.label, message: message(e), during: 'apply' } };
      onChange(state);
      return state;
    }
  }
  state = { ...state, status: 'applied' };
  onChange(state);
  return state;
}

/** undoPlan: removes what this plan created, newest first; stops at a failure so it can be retried. */
export async function undoPlan(objects: readonly PlannedObject[], start: ApplyState, port: ApplyPort, onChange: (s: ApplyState) => void = () => {}): Promise<ApplyState> {
  let state: ApplyState = { ...start, status: 'undoing', failure: null, created: { ...start.created } };
  onChange(state);
  for (const o of [...objects].reverse()) {
    const id = state.created[o.id];
    if (id === undefined) continue;
    try {
      await port.remove(resolveObject(o, state.created), id);
      const created = { ...state.created };
      delete created[o.id];
      state = { ...state, created };
      onChange(state);
    } catch (e) {
      state = { ...state, status: 'failed', failure: { id: o.id, label: o.label, message: message(e), during: 'undo' } };
      onChange(state);
      return state;
    }
  }
  state = { ...state, status: 'undone' };
  onChange(state);
  return state;
}
