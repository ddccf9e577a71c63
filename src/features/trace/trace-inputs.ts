import { parsePort } from '@/domain/net';
import type { TraceQuery } from '@/domain/trace';

/**
 * trace-inputs: the Trace page's inputs as they live in the URL, so a trace is a link:
 * `/trace?from=<peer id>&to=<destination>&proto=tcp|udp|icmp|all&port=<n>`. Every parameter is
 * optional; the trace runs as soon as `from` and `to` are set.
 */

export const TRACE_PROTOCOLS = ['tcp', 'udp', 'icmp', 'all'] as const;
export type TraceProtocolChoice = (typeof TRACE_PROTOCOLS)[number];

export interface TraceInputs {
  /** Source peer id (a name or overlay IP also works when typed into the URL by hand). */
  from: string;
  /** Destination: peer, resource id, IP[:port] or domain[:port], as typed. */
  to: string;
  /** null: the CLI's default (tcp when a port is known, else all). */
  proto: TraceProtocolChoice | null;
  /** As typed; empty means the port of `to`, if any. */
  port: string;
}

export const EMPTY_INPUTS: TraceInputs = { from: '', to: '', proto: null, port: '' };

const isProtocol = (v: string | null): v is TraceProtocolChoice => v !== null && (TRACE_PROTOCOLS as readonly string[]).includes(v);

export function readTraceInputs(params: URLSearchParams): TraceInputs {
  const proto = params.get('proto');
  return { from: params.get('from') ?? '', to: params.get('to') ?? '', proto: isProtocol(proto) ? proto : null, port: params.get('port') ?? '' };
}

/** traceSearch: the query string of a trace, in a fixed order and without empty parameters. */
export function traceSearch(inputs: TraceInputs): string {
  const p = new URLSearchParams();
  if (inputs.from !== '') p.set('from', inputs.from);
  if (inputs.to !== '') p.set('to', inputs.to);
  if (inputs.proto !== null) p.set('proto', inputs.proto);
  if (inputs.port.trim() !== '') p.set('port', inputs.port.trim());
  const s = p.toString();
  return s === '' ? '' : `?${s}`;
}

/** PortField: the port field read: none typed, a port, or why it is not one. */
export type PortField = { kind: 'empty' } | { kind: 'port'; port: number } | { kind: 'invalid'; error: string };

export function readPortField(text: string): PortField {
  if (text.trim() === '') return { kind: 'empty' };
  const p = parsePort(text);
  return p.ok ? { kind: 'port', port: p.value } : { kind: 'invalid', error: p.error };
}

/** protocolTakesPort: ports narrow tcp and udp only (policies ignore them for icmp and all). */
export function protocolTakesPort(proto: TraceProtocolChoice): boolean {
  return proto === 'tcp' || proto === 'udp';
}

/** effectiveProtocol: what the trace uses when no protocol was picked (as `nbrc trace` does). */
export function effectiveProtocol(inputs: TraceInputs, destinationPort: number | null): TraceProtocolChoice {
  if (inputs.proto !== null) return inputs.proto;
  const port = readPortField(inputs.port);
  return port.kind === 'port' || destinationPort !== null ? 'tcp' : 'all';
}

/**
 * traceQueryOf: the engine's query, or null while the inputs are incomplete or the port field
 * is invalid (the form shows why). A port is passed only for protocols that have ports.
 */
export function traceQueryOf(inputs: TraceInputs): TraceQuery | null {
  if (inputs.from.trim() === '' || inputs.to.trim() === '') return null;
  const port = readPortField(inputs.port);
  if (port.kind === 'invalid') return null;
  const query: TraceQuery = { from: inputs.from.trim(), to: inputs.to.trim() };
  if (inputs.proto !== null) query.protocol = inputs.proto;
  if (port.kind === 'port' && (inputs.proto === null || protocolTakesPort(inputs.proto))) query.port = port.port;
  return query;
}
