import { describe, expect, it } from 'vitest';
import { createFaultInjector } from './fault-injector';

describe('createFaultInjector', () => {
  it('answers normally without a plan', () => {
    expect(createFaultInjector().next('POST')).toBeNull();
  });

  it('"next" fails one matching request, then disarms and tells listeners', () => {
    const f = createFaultInjector({ kind: 'error-500', scope: 'changes', frequency: 'next' });
    let told = 0;
    f.subscribe(() => (told += 1));
    expect(f.next('GET')).toBeNull();
    expect(f.next('PUT')).toBe('error-500');
    expect(f.next('PUT')).toBeNull();
    expect(f.plan).toBeNull();
    expect(told).toBe(1);
  });

  it('"every-third" fails the third, sixth, ... matching request, reads included with scope "all"', () => {
    const f = createFaultInjector({ kind: 'timeout', scope: 'all', frequency: 'every-third' });
    expect(['GET', 'GET', 'GET', 'POST', 'DELETE', 'GET'].map((m) => f.next(m))).toEqual([null, null, 'timeout', null, null, 'timeout']);
  });

  it('"every" fails every change and no read', () => {
    const f = createFaultInjector({ kind: 'rate-limit-429', scope: 'changes', frequency: 'every' });
    expect(['POST', 'GET', 'DELETE'].map((m) => f.next(m))).toEqual(['rate-limit-429', null, 'rate-limit-429']);
  });
});
