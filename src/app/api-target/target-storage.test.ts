import { describe, expect, it } from 'vitest';
import { loadTargetChoice, saveTargetChoice, TARGET_KEY, TOKEN_KEY, type TargetStorages } from './target-storage';

function memory() {
  const m = new Map<string, string>();
  return {
    map: m,
    getItem: (k: string) => m.get(k) ?? null,
    setItem: (k: string, v: string) => void m.set(k, v),
    removeItem: (k: string) => void m.delete(k),
  };
}

function storages() {
  const local = memory();
  const session = memory();
  const s: TargetStorages = { local, session };
  return { s, local: local.map, session: session.map };
}

describe('target storage', () => {
  it('defaults to the embedded control plane', () => {
    expect(loadTargetChoice(storages().s)).toEqual({ kind: 'embedded' });
  });

  it('keeps the token in sessionStorage unless remembered', () => {
    const { s, local, session } = storages();
    saveTargetChoice(s, { kind: 'remote', url: 'https://nb.example', token: 'nbp_secret', remember: false });
    expect(session.get(TOKEN_KEY)).toBe('nbp_secret');
    expect(local.has(TOKEN_KEY)).toBe(false);
    expect(local.get(TARGET_KEY)).not.toContain('nbp_secret');
    expect(loadTargetChoice(s)).toEqual({ kind: 'remote', url: 'https://nb.example', token: 'nbp_secret', remember: false });
  });

  it('moves the token to localStorage when remembered, and back out when not', () => {
    const { s, local, session } = storages();
    saveTargetChoice(s, { kind: 'remote', url: 'https://nb.example', token: 't1', remember: true });
    expect(local.get(TOKEN_KEY)).toBe('t1');
    expect(session.has(TOKEN_KEY)).toBe(false);
    saveTargetChoice(s, { kind: 'remote', url: 'https://nb.example', token: 't2', remember: false });
    expect(local.has(TOKEN_KEY)).toBe(false);
    expect(session.get(TOKEN_KEY)).toBe('t2');
  });

  it('forgets the token when switching back to embedded', () => {
    const { s, local, session } = storages();
    saveTargetChoice(s, { kind: 'remote', url: 'https://nb.example', token: 't1', remember: true });
    saveTargetChoice(s, { kind: 'embedded' });
    expect(local.has(TOKEN_KEY)).toBe(false);
    expect(session.has(TOKEN_KEY)).toBe(false);
    expect(loadTargetChoice(s)).toEqual({ kind: 'embedded' });
  });

  it('keeps the URL but no token after the browser session ends', () => {
    const { s, session } = storages();
    saveTargetChoice(s, { kind: 'remote', url: 'https://nb.example', token: 't1', remember: false });
    session.clear();
    expect(loadTargetChoice(s)).toEqual({ kind: 'remote', url: 'https://nb.example', token: '', remember: false });
  });

  it('ignores corrupt saved values', () => {
    const { s, local } = storages();
    local.set(TARGET_KEY, '{not json');
    expect(loadTargetChoice(s)).toEqual({ kind: 'embedded' });
    local.set(TARGET_KEY, JSON.stringify({ kind: 'remote' }));
    expect(loadTargetChoice(s)).toEqual({ kind: 'embedded' });
  });

  it('works without storages', () => {
    expect(loadTargetChoice({ local: undefined, session: undefined })).toEqual({ kind: 'embedded' });
  });
});
