import type { AccountIndex } from '@/domain/account';
import { routeRef, type TraceRef } from './trace-ref';

/**
 * message-refs: a stage message split into text and the account objects it names. Messages
 * name every deciding object with its id (see describe.ts), so the Trace page can link each id
 * without the trace's JSON carrying a second, structured copy of every stage.
 */

export type MessagePart = { kind: 'text'; text: string } | { kind: 'ref'; text: string; ref: TraceRef };

/** Ids look like words: letters, digits and inner `-`, `_` or `.`; they never end in punctuation. */
const TOKEN = /[A-Za-z0-9](?:[A-Za-z0-9_.-]*[A-Za-z0-9])?/g;

const cache = new WeakMap<AccountIndex, ReadonlyMap<string, TraceRef>>();

/**
 * refTable: every object id of the account. When two kinds share an id the more specific one
 * wins (a policy over a group, say), in the order below; real NetBird ids are unique anyway.
 */
function refTable(index: AccountIndex): ReadonlyMap<string, TraceRef> {
  let table = cache.get(index);
  if (table !== undefined) return table;
  const t = new Map<string, TraceRef>();
  const add = (id: string, ref: TraceRef) => {
    if (!t.has(id)) t.set(id, ref);
  };
  for (const id of index.peers.keys()) add(id, { type: 'peer', id });
  for (const id of index.policies.keys()) add(id, { type: 'policy', id });
  for (const r of index.resources.values()) add(r.id, { type: 'resource', id: r.id, network_id: r.network_id });
  for (const r of index.routers.values()) add(r.id, { type: 'router', id: r.id, network_id: r.network_id });
  for (const route of index.routes.values()) add(route.id, routeRef(index, route));
  for (const id of index.networks.keys()) add(id, { type: 'network', id });
  for (const id of index.groups.keys()) add(id, { type: 'group', id });
  table = t;
  cache.set(index, table);
  return table;
}

/** messageRefs splits `message` into parts; joining every part's text gives the message back. */
export function messageRefs(index: AccountIndex, message: string): MessagePart[] {
  const table = refTable(index);
  const parts: MessagePart[] = [];
  let last = 0;
  for (const m of message.matchAll(TOKEN)) {
    const ref = table.get(m[0]);
    if (ref === undefined) continue;
    if (m.index > last) parts.push({ kind: 'text', text: message.slice(last, m.index) });
    parts.push({ kind: 'ref', text: m[0], ref });
    last = m.index + m[0].length;
  }
  if (last < message.length) parts.push({ kind: 'text', text: message.slice(last) });
  return parts;
}
