import type { ExplainPair } from '@/domain/access/access-explain';

/**
 * trace-link: the Trace page's URL for a packet, in the format that page reads
 * (`/trace?from=<peer id>&to=<destination>&proto=tcp|udp|icmp|all&port=<n>`), so "Explain" on a
 * matrix cell opens the trace of that pair, ready to read.
 */
export function traceHref(pair: ExplainPair): string {
  const p = new URLSearchParams();
  p.set('from', pair.from);
  p.set('to', pair.to);
  p.set('proto', pair.protocol);
  if (pair.port !== null) p.set('port', String(pair.port));
  return `/trace?${p.toString()}`;
}
