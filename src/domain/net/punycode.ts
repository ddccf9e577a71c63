/**
 * punycode: RFC 3492 decoding of one "xn--" label body, to fill DomainName.unicode and to
 * refuse malformed "xn--" labels. Encoding is left to the platform's URL parser (see
 * domain.ts); decoding has no browser API, hence this small, dependency-free implementation.
 */

const BASE = 36;
const T_MIN = 1;
const T_MAX = 26;
const SKEW = 38;
const DAMP = 700;
const INITIAL_BIAS = 72;
const INITIAL_N = 128;
const MAX_INT = 0x7fffffff;

function digitValue(c: number): number {
  if (c >= 48 && c <= 57) return c - 22; // '0'..'9' -> 26..35
  if (c >= 97 && c <= 122) return c - 97; // 'a'..'z' -> 0..25
  if (c >= 65 && c <= 90) return c - 65; // 'A'..'Z' -> 0..25
  return BASE;
}

function adapt(delta: number, numPoints: number, firstTime: boolean): number {
  let d = firstTime ? Math.floor(delta / DAMP) : delta >> 1;
  d += Math.floor(d / numPoints);
  let k = 0;
  while (d > ((BASE - T_MIN) * T_MAX) >> 1) {
    d = Math.floor(d / (BASE - T_MIN));
    k += BASE;
  }
  return k + Math.floor(((BASE - T_MIN + 1) * d) / (d + SKEW));
}

/**
 * decodePunycode turns the part after "xn--" into Unicode, or returns null when it is not
 * valid punycode or decodes to plain ASCII (such a label would never be produced by IDNA).
 */
export function decodePunycode(input: string): string | null {
  const output: number[] = [];
  const basicEnd = input.lastIndexOf('-');
  for (let j = 0; j < (basicEnd > 0 ? basicEnd : 0); j++) {
    const c = input.charCodeAt(j);
    if (c >= 0x80) return null;
    output.push(c);
  }
  let n = INITIAL_N;
  let bias = INITIAL_BIAS;
  let i = 0;
  let index = basicEnd > 0 ? basicEnd + 1 : 0;
  let sawNonAscii = false;
  while (index < input.length) {
    const oldI = i;
    let w = 1;
    for (let k = BASE; ; k += BASE) {
      if (index >= input.length) return null;
      const digit = digitValue(input.charCodeAt(index++));
      if (digit >= BASE || digit > Math.floor((MAX_INT - i) / w)) return null;
      i += digit * w;
      const t = k <= bias ? T_MIN : k >= bias + T_MAX ? T_MAX : k - bias;
      if (digit < t) break;
      if (w > Math.floor(MAX_INT / (BASE - t))) return null;
      w *= BASE - t;
    }
    const count = output.length + 1;
    bias = adapt(i - oldI, count, oldI === 0);
    if (Math.floor(i / count) > MAX_INT - n) return null;
    n += Math.floor(i / count);
    i %= count;
    if (n > 0x10ffff || (n >= 0xd800 && n <= 0xdfff)) return null;
    output.splice(i, 0, n);
    sawNonAscii = true;
    i++;
  }
  return sawNonAscii ? String.fromCodePoint(...output) : null;
}
