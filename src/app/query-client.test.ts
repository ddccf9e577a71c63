import { describe, expect, it } from 'vitest';
import { ApiError } from '@/api';
import { shouldRetry } from './query-client';

const e = (status: number, kind: ApiError['kind']) => new ApiError({ status, kind, serverMessage: '', path: '/api/peers' });

describe('shouldRetry', () => {
  it('never retries client errors or unreadable answers', () => {
    expect(shouldRetry(0, e(401, 'http'))).toBe(false);
    expect(shouldRetry(0, e(404, 'http'))).toBe(false);
    expect(shouldRetry(0, e(200, 'invalid-response'))).toBe(false);
    expect(shouldRetry(0, new Error('bug'))).toBe(false);
  });
  it('retries network trouble and server errors twice', () => {
    expect(shouldRetry(0, e(0, 'network'))).toBe(true);
    expect(shouldRetry(1, e(502, 'http'))).toBe(true);
    expect(shouldRetry(2, e(502, 'http'))).toBe(false);
  });
});
