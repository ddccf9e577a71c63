/**
 * indexById: id → object, for the many places an object names others by id (a router's peer,
 * a network's policies) and the page must show names. Later duplicates win, as on the server.
 */
export function indexById<T extends { id: string }>(items: readonly T[]): Map<string, T> {
  return new Map(items.map((item) => [item.id, item]));
}
