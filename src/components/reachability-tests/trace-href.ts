import type { ReachabilityTest } from '@/domain/reachability/reachability-test';

/**
 * traceHref: the Trace page for a test's pair, in the page's URL format
 * (`/trace?from=…&to=…&proto=…&port=…`), so "why does this test fail" is one click.
 */
export function traceHref(t: Pick<ReachabilityTest, 'from' | 'to' | 'port' | 'protocol'>): string {
  const p = new URLSearchParams();
  p.set('from', t.from);
  p.set('to', t.to);
  if (t.protocol !== undefined) p.set('proto', t.protocol);
  if (t.port !== undefined) p.set('port', String(t.port));
  return `/trace?${p.toString()}`;
}

/** testPairText: "alice → 10.10.0.5:22 (tcp, port 22)", how lists name a test's packet. */
export function testPairText(t: Pick<ReachabilityTest, 'from' | 'to' | 'port' | 'protocol'>): string {
  const packet = [t.protocol, t.port === undefined ? undefined : `port ${t.port}`].filter((x) => x !== undefined).join(', ');
  return `${t.from} → ${t.to}${packet === '' ? '' : ` (${packet})`}`;
}
