/**
 * Edit conflicts: NetBird has no ETags, so two admins (or two tabs) editing the same object would
 * silently overwrite each other. Before an update the console reads the object again and compares
 * it with the version the form was opened on, field by field for the fields the update writes; if
 * someone else changed one of them, the save stops and asks instead of overwriting.
 */
export class EditConflictError extends Error {
  /** The request fields someone else changed since the form was opened. */
  readonly fields: readonly string[];
  /** The object as it is on the server now. */
  readonly current: unknown;

  constructor(what: string, fields: readonly string[], current: unknown) {
    super(`${what} was changed by someone else since you opened it (${fields.join(', ')}). Saving now would overwrite their change.`);
    this.name = 'EditConflictError';
    this.fields = fields;
    this.current = current;
  }
}

export function isEditConflict(e: unknown): e is EditConflictError {
  return e instanceof EditConflictError;
}

/** Keys of a reference object ({id, name, counts}): compared by id only, so a renamed group is no conflict. */
const REFERENCE_KEYS = new Set(['id', 'name', 'peers_count', 'resources_count', 'issued', 'type', 'dns_label', 'ip']);

function normalize(value: unknown): unknown {
  if (Array.isArray(value)) return value.map(normalize);
  if (value !== null && typeof value === 'object') {
    const entries = Object.entries(value as Record<string, unknown>);
    const id = (value as { id?: unknown }).id;
    if (typeof id === 'string' && entries.every(([k]) => REFERENCE_KEYS.has(k))) return id;
    return Object.fromEntries(entries.sort(([a], [b]) => a.localeCompare(b)).map(([k, v]) => [k, normalize(v)]));
  }
  return value ?? null;
}

/** changedFields: the fields among `fields` whose value differs between two versions of an object. */
export function changedFields(fields: readonly string[], before: unknown, after: unknown): string[] {
  const a = (before ?? {}) as Record<string, unknown>;
  const b = (after ?? {}) as Record<string, unknown>;
  return fields.filter((f) => JSON.stringify(normalize(a[f])) !== JSON.stringify(normalize(b[f])));
}

/** What an update carries besides its body: the version the form was opened on, and whether to overwrite anyway. */
export interface EditGuard {
  /** The object as loaded when the editor opened; without it no check is made. */
  baseline?: unknown;
  /** Save even if someone else changed it (the admin chose to overwrite). */
  force?: boolean;
}

/**
 * guardedUpdate: reads the object fresh, refuses with EditConflictError when a field the body
 * writes changed since `baseline`, else sends the update.
 */
export async function guardedUpdate<R>(what: string, body: object, guard: EditGuard, read: () => Promise<unknown>, update: () => Promise<R>): Promise<R> {
  if (guard.baseline !== undefined && guard.force !== true) {
    const current = await read();
    const fields = changedFields(Object.keys(body), guard.baseline, current);
    if (fields.length > 0) throw new EditConflictError(what, fields, current);
  }
  return update();
}
