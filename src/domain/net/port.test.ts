import { describe, expect, it } from 'vitest';
import { parsePort, parsePortRange, portInRanges, type PortRange } from './port';

describe('parsePort', () => {
  it('accepts 1..65535 as number or text', () => {
    expect(parsePort(1)).toEqual({ ok: true, value: 1 });
    expect(parsePort(65535)).toEqual({ ok: true, value: 65535 });
    expect(parsePort(' 443 ')).toEqual({ ok: true, value: 443 });
  });

  it('refuses out-of-range ports', () => {
    expect(parsePort('70000')).toEqual({ ok: false, error: 'port 70000 is out of range 1-65535' });
    expect(parsePort(70000)).toEqual({ ok: false, error: 'port 70000 is out of range 1-65535' });
    expect(parsePort(0)).toEqual({ ok: false, error: 'port 0 is out of range 1-65535' });
    expect(parsePort('0')).toEqual({ ok: false, error: 'port 0 is out of range 1-65535' });
    expect(parsePort(-1)).toEqual({ ok: false, error: 'port -1 is out of range 1-65535' });
    expect(parsePort('99999999999999999999')).toEqual({ ok: false, error: 'port 99999999999999999999 is out of range 1-65535' });
  });

  it('refuses non-numbers and fractions', () => {
    expect(parsePort('')).toEqual({ ok: false, error: 'port is empty' });
    expect(parsePort('http')).toEqual({ ok: false, error: 'port "http" is not a number' });
    expect(parsePort('80.5')).toEqual({ ok: false, error: 'port "80.5" is not a number' });
    expect(parsePort('-80')).toEqual({ ok: false, error: 'port "-80" is not a number' });
    expect(parsePort('0x50')).toEqual({ ok: false, error: 'port "0x50" is not a number' });
    expect(parsePort(1.5)).toEqual({ ok: false, error: 'port 1.5 is not a whole number' });
    expect(parsePort(Number.NaN)).toEqual({ ok: false, error: 'port NaN is not a whole number' });
  });
});

describe('parsePortRange', () => {
  it('parses ranges, single ports and objects', () => {
    expect(parsePortRange('8000-8100')).toEqual({ ok: true, value: { start: 8000, end: 8100 } });
    expect(parsePortRange(' 8000 - 8100 ')).toEqual({ ok: true, value: { start: 8000, end: 8100 } });
    expect(parsePortRange('443')).toEqual({ ok: true, value: { start: 443, end: 443 } });
    expect(parsePortRange('22-22')).toEqual({ ok: true, value: { start: 22, end: 22 } });
    expect(parsePortRange({ start: 1, end: 65535 })).toEqual({ ok: true, value: { start: 1, end: 65535 } });
  });

  it('refuses a reversed range, naming both ends', () => {
    expect(parsePortRange('8100-8000')).toEqual({
      ok: false,
      error: 'port range 8100-8000 is reversed: start 8100 is greater than end 8000',
    });
    expect(parsePortRange({ start: 9, end: 8 })).toEqual({
      ok: false,
      error: 'port range 9-8 is reversed: start 9 is greater than end 8',
    });
  });

  it('refuses bad ends and malformed text', () => {
    expect(parsePortRange('')).toEqual({ ok: false, error: 'port range is empty' });
    expect(parsePortRange('0-10')).toEqual({ ok: false, error: 'port range start: port 0 is out of range 1-65535' });
    expect(parsePortRange('80-x')).toEqual({ ok: false, error: 'port range end: port "x" is not a number' });
    expect(parsePortRange('80-')).toEqual({ ok: false, error: 'port range end: port is empty' });
    expect(parsePortRange('1-2-3')).toEqual({ ok: false, error: 'port range "1-2-3" is not valid: expected start-end, e.g. 8000-8100' });
    expect(parsePortRange('70000')).toEqual({ ok: false, error: 'port 70000 is out of range 1-65535' });
    expect(parsePortRange({ start: 1, end: 70000 })).toEqual({ ok: false, error: 'port range end: port 70000 is out of range 1-65535' });
  });
});

describe('portInRanges', () => {
  const ranges: PortRange[] = [
    { start: 80, end: 80 },
    { start: 8000, end: 8100 },
  ];

  it('includes both ends of each range', () => {
    expect(portInRanges(80, ranges)).toBe(true);
    expect(portInRanges(8000, ranges)).toBe(true);
    expect(portInRanges(8100, ranges)).toBe(true);
    expect(portInRanges(8050, ranges)).toBe(true);
  });

  it('excludes ports outside every range and matches nothing for an empty list', () => {
    expect(portInRanges(81, ranges)).toBe(false);
    expect(portInRanges(7999, ranges)).toBe(false);
    expect(portInRanges(8101, ranges)).toBe(false);
    expect(portInRanges(80, [])).toBe(false);
  });
});
