import { parsePortRange } from '@/domain/net';

/**
 * ports-text: the rule editor's one "Ports" box ("22, 443" or "8000-8999, 53") and NetBird's two
 * lists. NetBird refuses `ports` and `port_ranges` together, so once any entry is a range every
 * entry is sent as a range (443 becomes 443-443, which means the same). Numbers are passed on
 * unjudged: the policy validator checks them with the server's words. Only text that cannot be
 * written as a range at all (e.g. "80-http") is reported here, since it never reaches the wire.
 */

export interface ParsedPorts {
  ports: string[];
  port_ranges: { start: number; end: number }[];
  /** Entries that cannot be sent as a range, with the parser's reason. */
  unreadable: string[];
}

const SINGLE = /^\d+$/;
const RANGE = /^(\d+)-(\d+)$/;

/** splitPorts: the entries of the box, separated by commas or spaces around a comma. */
function splitPorts(text: string): string[] {
  return text
    .replace(/\s*-\s*/g, '-')
    .split(',')
    .flatMap((part) => part.trim().split(/\s+/))
    .filter((p) => p !== '');
}

/** parsePortsText: the box as NetBird's `ports` (no range typed) or `port_ranges` (any range typed). */
export function parsePortsText(text: string): ParsedPorts {
  const entries = splitPorts(text);
  if (!entries.some((e) => e.includes('-'))) return { ports: entries, port_ranges: [], unreadable: [] };
  const port_ranges: { start: number; end: number }[] = [];
  const unreadable: string[] = [];
  for (const e of entries) {
    const range = RANGE.exec(e);
    if (range) port_ranges.push({ start: Number(range[1]), end: Number(range[2]) });
    else if (SINGLE.test(e)) port_ranges.push({ start: Number(e), end: Number(e) });
    else {
      const parsed = parsePortRange(e);
      unreadable.push(parsed.ok ? `port range "${e}" is not valid` : parsed.error);
    }
  }
  return { ports: [], port_ranges, unreadable };
}

/** portsToText: the stored lists as the box shows them. */
export function portsToText(ports: readonly string[] | null | undefined, ranges: readonly { start: number; end: number }[] | null | undefined): string {
  return [...(ports ?? []), ...(ranges ?? []).map((r) => (r.start === r.end ? `${r.start}` : `${r.start}-${r.end}`))].join(', ');
}
