import { describe, expect, it } from 'vitest';
import { decodePunycode } from './punycode';

describe('decodePunycode', () => {
  it('decodes labels produced by IDNA', () => {
    expect(decodePunycode('bcher-kva')).toBe('bücher');
    expect(decodePunycode('mnchen-3ya')).toBe('münchen');
    expect(decodePunycode('ls8h')).toBe('💩');
    expect(decodePunycode('r8jz45g')).toBe('例え');
    expect(decodePunycode('zckzah')).toBe('テスト');
  });

  it('agrees with the platform IDNA encoder', () => {
    for (const word of ['straße', 'ελληνικά', 'русский', '中文网', 'café-bar', 'ü']) {
      const ascii = new URL(`http://${word}.example/`).hostname.split('.')[0] ?? '';
      expect(ascii.startsWith('xn--')).toBe(true);
      expect(decodePunycode(ascii.slice(4))).toBe(word.toLowerCase());
    }
  });

  it('returns null for invalid input or input that decodes to plain ASCII', () => {
    expect(decodePunycode('zz')).toBeNull();
    expect(decodePunycode('abc-')).toBeNull();
    expect(decodePunycode('')).toBeNull();
    expect(decodePunycode('99999999999')).toBeNull();
    expect(decodePunycode('a!b')).toBeNull();
  });
});
