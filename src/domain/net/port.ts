import { err, ok, type Result } from './result';

/** PortRange is an inclusive TCP/UDP port range as NetBird policies carry it; a single port has start === end. */
export interface PortRange {
  start: number;
  end: number;
}

const PORT_DIGITS = /^[0-9]+$/;
const RANGE_TEXT = /^([^-]*)-([^-]*)$/;

/**
 * parsePort accepts 1..65535 as a number or decimal text. Port 0 is refused because NetBird
 * uses "no ports" (an empty list) for "all ports", never 0.
 */
export function parsePort(input: string | number): Result<number> {
  let n: number;
  if (typeof input === 'number') {
    if (!Number.isInteger(input)) return err(`port ${String(input)} is not a whole number`);
    n = input;
  } else {
    const text = input.trim();
    if (text === '') return err('port is empty');
    if (!PORT_DIGITS.test(text)) return err(`port "${text}" is not a number`);
    n = text.length > 6 ? Number.POSITIVE_INFINITY : Number(text);
    if (n > 65535) return err(`port ${text} is out of range 1-65535`);
  }
  if (n < 1 || n > 65535) return err(`port ${n} is out of range 1-65535`);
  return ok(n);
}

/** parsePortRange accepts "8000-8100", "443" or a {start, end} object, and refuses a reversed range. */
export function parsePortRange(input: string | PortRange): Result<PortRange> {
  let start: Result<number>;
  let end: Result<number>;
  if (typeof input === 'string') {
    const text = input.trim();
    if (text === '') return err('port range is empty');
    const m = RANGE_TEXT.exec(text);
    if (m === null) {
      if (text.includes('-')) return err(`port range "${text}" is not valid: expected start-end, e.g. 8000-8100`);
      start = parsePort(text);
      if (!start.ok) return start;
      return ok({ start: start.value, end: start.value });
    }
    start = parsePort(m[1] ?? '');
    end = parsePort(m[2] ?? '');
  } else {
    start = parsePort(input.start);
    end = parsePort(input.end);
  }
  if (!start.ok) return err(`port range start: ${start.error}`);
  if (!end.ok) return err(`port range end: ${end.error}`);
  if (start.value > end.value) {
    return err(`port range ${start.value}-${end.value} is reversed: start ${start.value} is greater than end ${end.value}`);
  }
  return ok({ start: start.value, end: end.value });
}

/** portInRanges: is `port` inside any inclusive range? An empty list matches nothing (callers decide what "no ports" means). */
export function portInRanges(port: number, ranges: readonly PortRange[]): boolean {
  for (let i = 0; i < ranges.length; i++) {
    const r = ranges[i];
    if (r !== undefined && port >= r.start && port <= r.end) return true;
  }
  return false;
}
