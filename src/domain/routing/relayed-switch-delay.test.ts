import { describe, expect, it } from 'vitest';
import { formatRelayedSwitchDelay, parseRelayedSwitchDelay } from './relayed-switch-delay';

describe('parseRelayedSwitchDelay', () => {
  it('reads never, 0, durations and bare seconds; missing is 30 s', () => {
    expect(parseRelayedSwitchDelay('never')).toEqual({ ok: true, value: { kind: 'never' } });
    expect(parseRelayedSwitchDelay('0')).toEqual({ ok: true, value: { kind: 'after', seconds: 0 } });
    expect(parseRelayedSwitchDelay('30s')).toEqual({ ok: true, value: { kind: 'after', seconds: 30 } });
    expect(parseRelayedSwitchDelay('2m')).toEqual({ ok: true, value: { kind: 'after', seconds: 120 } });
    expect(parseRelayedSwitchDelay('500ms')).toEqual({ ok: true, value: { kind: 'after', seconds: 0.5 } });
    expect(parseRelayedSwitchDelay(45)).toEqual({ ok: true, value: { kind: 'after', seconds: 45 } });
    expect(parseRelayedSwitchDelay(undefined)).toEqual({ ok: true, value: { kind: 'after', seconds: 30 } });
  });

  it('refuses anything else with a reason', () => {
    expect(parseRelayedSwitchDelay('soon').ok).toBe(false);
    expect(parseRelayedSwitchDelay('-5s').ok).toBe(false);
    expect(parseRelayedSwitchDelay(-1).ok).toBe(false);
  });

  it('formats back', () => {
    expect(formatRelayedSwitchDelay({ kind: 'after', seconds: 30 })).toBe('30s');
    expect(formatRelayedSwitchDelay({ kind: 'never' })).toBe('never');
  });
});
