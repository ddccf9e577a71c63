import { describe, expect, it } from 'vitest';
import { domainMatches, parseDomain, type DomainName } from './domain';

function domain(input: string, allowWildcard = false): DomainName {
  const r = parseDomain(input, { allowWildcard });
  if (!r.ok) throw new Error(r.error);
  return r.value;
}

function refusal(input: string, allowWildcard = false): string {
  const r = parseDomain(input, { allowWildcard });
  if (r.ok) throw new Error(`expected ${input} to be refused`);
  return r.error;
}

describe('parseDomain accepts', () => {
  it('plain names, lower-cased, trimmed, without the trailing dot', () => {
    expect(domain('example.com')).toEqual({ ascii: 'example.com', unicode: 'example.com', wildcard: false });
    expect(domain('  App.Corp.EXAMPLE.  ')).toEqual({ ascii: 'app.corp.example', unicode: 'app.corp.example', wildcard: false });
    expect(domain('a-b.c0.example').ascii).toBe('a-b.c0.example');
    expect(domain('123.example').ascii).toBe('123.example');
  });

  it('internationalized names as punycode, keeping a Unicode form for display', () => {
    expect(domain('Bücher.example')).toEqual({ ascii: 'xn--bcher-kva.example', unicode: 'bücher.example', wildcard: false });
    expect(domain('xn--bcher-kva.example')).toEqual({ ascii: 'xn--bcher-kva.example', unicode: 'bücher.example', wildcard: false });
    expect(domain('faß.de').ascii).toBe('xn--fa-hia.de');
    expect(domain('münchen.de.').ascii).toBe('xn--mnchen-3ya.de');
    expect(domain('例え.テスト').ascii).toBe('xn--r8jz45g.xn--zckzah');
    expect(domain('ＡＢ.example').ascii).toBe('ab.example');
  });

  it('a leading wildcard label when allowed', () => {
    expect(domain('*.example.com', true)).toEqual({ ascii: '*.example.com', unicode: '*.example.com', wildcard: true });
    expect(domain('*.Bücher.example', true)).toEqual({ ascii: '*.xn--bcher-kva.example', unicode: '*.bücher.example', wildcard: true });
  });

  it('labels of exactly 63 characters and names of exactly 253', () => {
    const label63 = 'a'.repeat(63);
    expect(domain(`${label63}.example`).ascii).toBe(`${label63}.example`);
    const name253 = `${'a'.repeat(63)}.${'b'.repeat(63)}.${'c'.repeat(63)}.${'d'.repeat(61)}`;
    expect(name253.length).toBe(253);
    expect(domain(name253).ascii).toBe(name253);
  });
});

describe('parseDomain refuses', () => {
  it('empty input', () => {
    expect(refusal('')).toBe('domain name is empty');
    expect(refusal('  ')).toBe('domain name is empty');
  });

  it('a single label (TLD alone)', () => {
    expect(refusal('example')).toBe('"example" is not a valid domain name: it needs at least two labels (a top-level domain alone is not allowed)');
    expect(refusal('com.')).toContain('at least two labels');
    expect(refusal('*.com', true)).toContain('at least two labels');
  });

  it('IP addresses', () => {
    expect(refusal('10.0.0.1')).toBe('"10.0.0.1" is not a valid domain name: it is an IP address, not a domain name');
    expect(refusal('::1')).toBe('"::1" is not a valid domain name: it is an IP address, not a domain name');
    expect(refusal('１０.０.０.１')).toBe('"１０.０.０.１" is not a valid domain name: it is an IP address, not a domain name');
    expect(refusal('10.0.0')).toContain('the top-level label "0" must not be all digits');
  });

  it('wildcards when not allowed, and misplaced stars always', () => {
    expect(refusal('*.example.com')).toBe('"*.example.com" is not a valid domain name: wildcards are not allowed here');
    expect(refusal('*', true)).toBe('"*" is not a valid domain name: "*" alone is not a domain; write a wildcard as *.example.com');
    expect(refusal('a.*.b', true)).toBe('"a.*.b" is not a valid domain name: "*" is allowed only as the whole first label, as in *.example.com');
    expect(refusal('**.x', true)).toContain('"*" is allowed only as the whole first label');
    expect(refusal('*.*.example.com', true)).toContain('"*" is allowed only as the whole first label');
    expect(refusal('*example.com', true)).toContain('"*" is allowed only as the whole first label');
  });

  it('characters outside letters, digits, "-" and "."', () => {
    expect(refusal('foo bar.com')).toBe('"foo bar.com" is not a valid domain name: character " " is not allowed (use letters, digits, "-" and ".")');
    expect(refusal('a_b.example')).toContain('character "_" is not allowed');
    expect(refusal('example.com/path')).toContain('character "/" is not allowed');
    expect(refusal('example.com:443')).toContain('character ":" is not allowed');
    expect(refusal('user@example.com')).toContain('character "@" is not allowed');
  });

  it('bad labels', () => {
    expect(refusal('a..example')).toBe('"a..example" is not a valid domain name: it has an empty label (two dots in a row, or a leading dot)');
    expect(refusal('.example.com')).toContain('empty label');
    expect(refusal('example.com..')).toContain('empty label');
    expect(refusal('-a.example')).toBe('"-a.example" is not a valid domain name: label "-a" must not start or end with "-"');
    expect(refusal('a-.example')).toContain('label "a-" must not start or end with "-"');
    expect(refusal(`${'a'.repeat(64)}.example`)).toContain('is longer than 63 characters');
    expect(refusal('xn--zz.example')).toBe('"xn--zz.example" is not a valid domain name: label "xn--zz" is not valid punycode');
  });

  it('names longer than 253 characters', () => {
    const name = `${'a'.repeat(63)}.${'b'.repeat(63)}.${'c'.repeat(63)}.${'d'.repeat(62)}`;
    expect(refusal(name)).toBe(`"${name}" is not a valid domain name: it is longer than 253 characters`);
    const wildcardBase = `${'a'.repeat(63)}.${'b'.repeat(63)}.${'c'.repeat(63)}.${'d'.repeat(60)}`;
    expect(domain(wildcardBase).ascii.length).toBe(252);
    expect(refusal(`*.${wildcardBase}`, true)).toContain('longer than 253 characters');
  });
});

describe('domainMatches', () => {
  it('matches exact names case-insensitively, ignoring a trailing dot', () => {
    expect(domainMatches('example.com', 'example.com')).toBe(true);
    expect(domainMatches('Example.COM', 'example.com.')).toBe(true);
    expect(domainMatches(domain('app.example.com'), 'APP.example.com')).toBe(true);
    expect(domainMatches('example.com', 'a.example.com')).toBe(false);
    expect(domainMatches('a.example.com', 'example.com')).toBe(false);
  });

  it('matches any deeper name under a wildcard, but not the apex', () => {
    const pattern = domain('*.example.com', true);
    expect(domainMatches(pattern, 'a.example.com')).toBe(true);
    expect(domainMatches(pattern, 'a.b.example.com')).toBe(true);
    expect(domainMatches(pattern, 'A.Example.Com.')).toBe(true);
    expect(domainMatches(pattern, 'example.com')).toBe(false);
    expect(domainMatches(pattern, 'badexample.com')).toBe(false);
    expect(domainMatches(pattern, 'example.com.evil')).toBe(false);
    expect(domainMatches(pattern, '.example.com')).toBe(false);
    expect(domainMatches('*.Example.com', 'x.example.com')).toBe(true);
  });

  it('compares internationalized names in their ASCII form', () => {
    expect(domainMatches(domain('Bücher.example'), 'bücher.example')).toBe(true);
    expect(domainMatches('*.bücher.example', 'shop.xn--bcher-kva.example')).toBe(true);
    expect(domainMatches('xn--bcher-kva.example', 'BÜCHER.example')).toBe(true);
  });

  it('never matches empty names', () => {
    expect(domainMatches('example.com', '')).toBe(false);
    expect(domainMatches('', '')).toBe(false);
  });
});
