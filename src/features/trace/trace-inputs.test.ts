import { describe, expect, it } from 'vitest';
import { EMPTY_INPUTS, effectiveProtocol, readPortField, readTraceInputs, traceQueryOf, traceSearch } from './trace-inputs';

describe('trace inputs in the URL', () => {
  it('round-trips through the query string and drops empty parameters', () => {
    const inputs = { from: 'peer-alice', to: 'app.corp.example:443', proto: 'tcp' as const, port: '' };
    const search = traceSearch(inputs);
    expect(search).toBe('?from=peer-alice&to=app.corp.example%3A443&proto=tcp');
    expect(readTraceInputs(new URLSearchParams(search))).toEqual(inputs);
    expect(traceSearch(EMPTY_INPUTS)).toBe('');
  });

  it('ignores an unknown protocol rather than failing the page', () => {
    expect(readTraceInputs(new URLSearchParams('from=a&to=b&proto=sctp'))).toEqual({ from: 'a', to: 'b', proto: null, port: '' });
  });
});

describe('traceQueryOf', () => {
  it('waits for a source and a destination', () => {
    expect(traceQueryOf({ ...EMPTY_INPUTS, from: 'a' })).toBeNull();
    expect(traceQueryOf({ ...EMPTY_INPUTS, to: 'b' })).toBeNull();
  });

  it('passes the port only when valid and meaningful for the protocol', () => {
    expect(traceQueryOf({ from: 'a', to: 'b', proto: null, port: '443' })).toEqual({ from: 'a', to: 'b', port: 443 });
    expect(traceQueryOf({ from: 'a', to: 'b', proto: 'udp', port: '53' })).toEqual({ from: 'a', to: 'b', protocol: 'udp', port: 53 });
    expect(traceQueryOf({ from: 'a', to: 'b', proto: 'icmp', port: '53' })).toEqual({ from: 'a', to: 'b', protocol: 'icmp' });
    expect(traceQueryOf({ from: 'a', to: 'b', proto: 'tcp', port: '70000' })).toBeNull();
    expect(readPortField('x')).toEqual({ kind: 'invalid', error: 'port "x" is not a number' });
  });

  it("defaults the protocol the way the CLI does: tcp with a port, else all", () => {
    expect(effectiveProtocol({ ...EMPTY_INPUTS }, null)).toBe('all');
    expect(effectiveProtocol({ ...EMPTY_INPUTS }, 443)).toBe('tcp');
    expect(effectiveProtocol({ ...EMPTY_INPUTS, port: '22' }, null)).toBe('tcp');
    expect(effectiveProtocol({ ...EMPTY_INPUTS, proto: 'icmp' }, 443)).toBe('icmp');
  });
});
