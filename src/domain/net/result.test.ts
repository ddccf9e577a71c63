import { describe, expect, it } from 'vitest';
import { err, ok, type Result } from './result';

describe('Result helpers', () => {
  it('ok carries the value', () => {
    expect(ok(42)).toEqual({ ok: true, value: 42 });
  });

  it('err carries the message and fits any Result type', () => {
    const r: Result<number> = err('nope');
    expect(r).toEqual({ ok: false, error: 'nope' });
  });
});
