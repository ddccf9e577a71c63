import { assertNever } from '@/domain/assert-never';
import type { Snapshot } from '@/domain/snapshot';

/**
 * snapshot-delta: an editor's draft account as what it changed relative to the account it was
 * made from, so the change preview sends the analysis worker a few objects instead of the whole
 * account (~21 MB of JSON on an XL account) on every keystroke. The draft appliers
 * (src/domain/draft) keep unchanged lists and objects by identity, so the changes are found by
 * identity alone, never by comparing contents. The worker rebuilds the draft on top of its own copy
 * of the base: whatever did not change is its copy's very object, which is what lets the domain
 * reuse the base account's index for the draft.
 *
 * Depth: the snapshot and its records of lists (network_resources, network_routers) are walked by
 * key; a list is walked by element; a changed element, or any other changed value, travels whole.
 */
export type ValueDelta =
  /** The base's value itself. */
  | { kind: 'same' }
  /** A new value, sent whole. */
  | { kind: 'value'; value: unknown }
  /** A list: runs of the base list's elements and new elements, in the draft's order. */
  | { kind: 'list'; parts: ListPart[] }
  /** An object walked by key, in the draft's key order (keys the draft lacks are left out). */
  | { kind: 'record'; entries: [string, ValueDelta][] };

export type ListPart = { kind: 'base'; start: number; count: number } | { kind: 'new'; items: unknown[] };

export type SnapshotDelta = ValueDelta;

/** How deep objects are walked by key: the snapshot (0) and its records of lists (1). */
const RECORD_DEPTH = 2;

const SAME: ValueDelta = { kind: 'same' };

const isRecord = (x: unknown): x is Record<string, unknown> => typeof x === 'object' && x !== null && !Array.isArray(x);

/** Element → position, per base list; built once per list (the base is the same object edit after edit). */
const positions = new WeakMap<readonly unknown[], Map<unknown, number>>();

function positionsOf(list: readonly unknown[]): Map<unknown, number> {
  let map = positions.get(list);
  if (map === undefined) {
    map = new Map();
    // the first position wins: a list holding one object twice is read the same way back
    for (let i = list.length - 1; i >= 0; i--) map.set(list[i], i);
    positions.set(list, map);
  }
  return map;
}

function listDelta(base: readonly unknown[], draft: readonly unknown[]): ValueDelta {
  const at = positionsOf(base);
  const parts: ListPart[] = [];
  for (const item of draft) {
    const i = at.get(item);
    const last = parts[parts.length - 1];
    if (i === undefined) {
      if (last?.kind === 'new') last.items.push(item);
      else parts.push({ kind: 'new', items: [item] });
    } else if (last?.kind === 'base' && last.start + last.count === i) {
      last.count++;
    } else {
      parts.push({ kind: 'base', start: i, count: 1 });
    }
  }
  return { kind: 'list', parts };
}

function valueDelta(base: unknown, draft: unknown, depth: number): ValueDelta {
  if (Object.is(base, draft)) return SAME;
  if (Array.isArray(base) && Array.isArray(draft)) return listDelta(base, draft);
  if (depth < RECORD_DEPTH && isRecord(base) && isRecord(draft)) {
    return { kind: 'record', entries: Object.keys(draft).map((key): [string, ValueDelta] => [key, valueDelta(base[key], draft[key], depth + 1)]) };
  }
  return { kind: 'value', value: draft };
}

/** encodeSnapshotDelta: what `draft` changed relative to `base`, found by identity. */
export function encodeSnapshotDelta(base: Snapshot, draft: Snapshot): SnapshotDelta {
  return valueDelta(base, draft, 0);
}

function rebuild(base: unknown, delta: ValueDelta): unknown {
  switch (delta.kind) {
    case 'same':
      return base;
    case 'value':
      return delta.value;
    case 'list': {
      const from = Array.isArray(base) ? (base as readonly unknown[]) : [];
      const out: unknown[] = [];
      for (const part of delta.parts) {
        if (part.kind === 'new') out.push(...part.items);
        else for (let i = part.start; i < part.start + part.count; i++) out.push(from[i]);
      }
      return out;
    }
    case 'record': {
      const from = isRecord(base) ? base : {};
      const out: Record<string, unknown> = {};
      for (const [key, d] of delta.entries) out[key] = rebuild(from[key], d);
      return out;
    }
    default:
      return assertNever(delta);
  }
}

/**
 * applySnapshotDelta: the draft, rebuilt on `base` (the receiver's copy of the account the delta
 * was encoded against): unchanged lists and elements are `base`'s own objects.
 */
export function applySnapshotDelta(base: Snapshot, delta: SnapshotDelta): Snapshot {
  return rebuild(base, delta) as Snapshot;
}
