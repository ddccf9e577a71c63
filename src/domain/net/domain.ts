import { parseIpCore } from './ip';
import { decodePunycode } from './punycode';
import { err, ok, type Result } from './result';

/**
 * DomainName is a validated DNS name. `ascii` (punycode, lower-case, no trailing dot) is what
 * NetBird stores and what matching uses; `unicode` is for display. A wildcard keeps its "*."
 * prefix in both forms.
 */
export interface DomainName {
  ascii: string;
  unicode: string;
  wildcard: boolean;
}

const MAX_NAME_LENGTH = 253;
const MAX_LABEL_LENGTH = 63;
const NON_ASCII = /[\u0080-\uffff]/;

/** True for the ASCII characters a name may hold before IDNA: letters, digits, '-' and '.'. */
function isNameChar(c: number): boolean {
  return (c >= 97 && c <= 122) || (c >= 48 && c <= 57) || c === 45 || c === 46 || (c >= 65 && c <= 90);
}

/**
 * toAsciiHost runs IDNA (UTS #46) through the platform URL parser, which exists in browsers and
 * Node alike. `text` holds only name characters and non-ASCII, so URL delimiters cannot sneak
 * in a path or port; the output is validated again by the caller.
 */
function toAsciiHost(text: string): string | null {
  try {
    return new URL(`http://${text}/`).hostname;
  } catch {
    return null;
  }
}

/**
 * checkLabels validates lower-case ASCII `name` label by label and returns the problem, or
 * null when every label is 1-63 characters of [a-z0-9-], not starting or ending with '-'.
 */
function checkLabels(name: string): string | null {
  let start = 0;
  let allDigits = true;
  for (let i = 0; i <= name.length; i++) {
    const c = i < name.length ? name.charCodeAt(i) : 46;
    if (c !== 46) {
      if (!(c >= 97 && c <= 122) && !(c >= 48 && c <= 57) && c !== 45) {
        return `character "${name.charAt(i)}" is not allowed (use letters, digits, "-" and ".")`;
      }
      if (c < 48 || c > 57) allDigits = false;
      continue;
    }
    const length = i - start;
    if (length === 0) return 'it has an empty label (two dots in a row, or a leading dot)';
    // Labels are sliced only on the error and punycode paths; valid ASCII names allocate nothing here.
    if (length > MAX_LABEL_LENGTH) return `label "${name.slice(start, i)}" is longer than ${MAX_LABEL_LENGTH} characters`;
    if (name.charCodeAt(start) === 45 || name.charCodeAt(i - 1) === 45) return `label "${name.slice(start, i)}" must not start or end with "-"`;
    if (name.startsWith('xn--', start) && decodePunycode(name.slice(start + 4, i)) === null) return `label "${name.slice(start, i)}" is not valid punycode`;
    if (i === name.length && allDigits) return `the top-level label "${name.slice(start, i)}" must not be all digits`;
    start = i + 1;
    allDigits = true;
  }
  return null;
}

/** invalidDomain builds the error; a module function, not a closure, to keep the hot path allocation-free. */
function invalidDomain(text: string, problem: string): Result<never> {
  return err(`"${text}" is not a valid domain name: ${problem}`);
}

/** toUnicodeName decodes every "xn--" label for display; callers have already validated them. */
function toUnicodeName(ascii: string): string {
  if (!ascii.includes('xn--')) return ascii;
  return ascii
    .split('.')
    .map((label) => (label.startsWith('xn--') ? (decodePunycode(label.slice(4)) ?? label) : label))
    .join('.');
}

/**
 * parseDomain validates a DNS name for resources, routes and nameserver match domains.
 * Internationalized names become punycode ("Bücher.example" -> "xn--bcher-kva.example"); a
 * single trailing dot is dropped; at least two labels are required because a bare TLD is
 * almost always a typo in a routing console. A leading "*." is accepted only with
 * `allowWildcard`, and "*" is never accepted anywhere else.
 */
export function parseDomain(input: string, opts?: { allowWildcard?: boolean }): Result<DomainName> {
  const text = input.trim();
  if (text === '') return err('domain name is empty');
  let name = text.endsWith('.') ? text.slice(0, -1) : text;
  const wildcard = name.startsWith('*.');
  if (wildcard || name === '*') {
    if (opts?.allowWildcard !== true) return invalidDomain(text, 'wildcards are not allowed here');
    if (name === '*') return invalidDomain(text, '"*" alone is not a domain; write a wildcard as *.example.com');
    name = name.slice(2);
  }
  if (name.includes('*')) return invalidDomain(text, '"*" is allowed only as the whole first label, as in *.example.com');
  if (parseIpCore(name) !== null || (name.startsWith('[') && name.endsWith(']'))) return invalidDomain(text, 'it is an IP address, not a domain name');

  for (let i = 0; i < name.length; i++) {
    const c = name.charCodeAt(i);
    if (c < 0x80 && !isNameChar(c)) {
      return invalidDomain(text, `character "${name.charAt(i)}" is not allowed (use letters, digits, "-" and ".")`);
    }
  }
  let ascii: string;
  if (NON_ASCII.test(name)) {
    const converted = toAsciiHost(name);
    if (converted === null) return invalidDomain(text, 'it is not a valid internationalized domain name');
    if (parseIpCore(converted) !== null) return invalidDomain(text, 'it is an IP address, not a domain name');
    ascii = converted;
  } else {
    ascii = name.toLowerCase();
  }

  const problem = checkLabels(ascii);
  if (problem !== null) return invalidDomain(text, problem);
  if (!ascii.includes('.')) return invalidDomain(text, 'it needs at least two labels (a top-level domain alone is not allowed)');
  const full = wildcard ? `*.${ascii}` : ascii;
  if (full.length > MAX_NAME_LENGTH) return invalidDomain(text, `it is longer than ${MAX_NAME_LENGTH} characters`);
  const unicode = toUnicodeName(ascii);
  return ok({ ascii: full, unicode: wildcard ? `*.${unicode}` : unicode, wildcard });
}

/** normalizeForMatch lower-cases and drops a trailing dot; non-ASCII goes through IDNA (slow path, rare). */
function normalizeForMatch(name: string): string | null {
  let n = name.toLowerCase();
  if (n.endsWith('.')) n = n.slice(0, -1);
  if (!NON_ASCII.test(n)) return n;
  const parsed = parseDomain(n, { allowWildcard: true });
  return parsed.ok ? parsed.value.ascii : null;
}

/**
 * domainMatches: exact (case-insensitive) match, or for "*.example.com" any name with at least
 * one more label ("a.example.com", "a.b.example.com") but not "example.com" itself, matching
 * how NetBird routes wildcard domain resources. Pass a parsed DomainName in hot loops to skip
 * normalizing the pattern on every call.
 */
export function domainMatches(pattern: DomainName | string, name: string): boolean {
  const p = typeof pattern === 'string' ? normalizeForMatch(pattern) : pattern.ascii;
  const n = normalizeForMatch(name);
  if (p === null || n === null || p === '' || n === '') return false;
  if (p.charCodeAt(0) === 42 && p.charCodeAt(1) === 46) {
    return n.length >= p.length && n.endsWith(p.substring(1));
  }
  return n === p;
}
