import { isApiError } from './api-error';
import type { ApiClient } from './client';

/**
 * createOnce: a create that is safe to retry. When a create times out or its connection drops,
 * the server may well have stored the object: only the answer was lost. NetBird has no
 * idempotency keys, so before sending the same create again, look for an object that matches it
 * (by name, and the fields that identify it) and return that one instead of making a duplicate.
 * Only a create whose outcome is unknown is checked; a refused one (4xx/5xx) changed nothing.
 */

/** Per client: the creates whose outcome is unknown, keyed by kind and body. */
const unknownOutcomes = new WeakMap<ApiClient, Set<string>>();

export async function createOnce<R>(
  client: ApiClient,
  kind: string,
  body: unknown,
  create: () => Promise<R>,
  findExisting: () => Promise<R | undefined>,
): Promise<R> {
  const pending = unknownOutcomes.get(client) ?? new Set<string>();
  unknownOutcomes.set(client, pending);
  const key = `${kind}\u0000${JSON.stringify(body)}`;
  if (pending.has(key)) {
    const existing = await findExisting();
    if (existing !== undefined) {
      pending.delete(key);
      return existing;
    }
  }
  try {
    const created = await create();
    pending.delete(key);
    return created;
  } catch (e) {
    if (isApiError(e) && (e.kind === 'timeout' || e.kind === 'network')) pending.add(key);
    else pending.delete(key);
    throw e;
  }
}

/** sameList: equal as sets (the server may reorder group ids). */
export function sameList(a: readonly string[] | null | undefined, b: readonly string[] | null | undefined): boolean {
  const x = new Set(a ?? []);
  const y = new Set(b ?? []);
  return x.size === y.size && [...x].every((v) => y.has(v));
}
