import { describe, expect, it } from 'vitest';
import { validateSetupKeyCreate, validateSetupKeyUpdate, type SetupKeyCreateDraft } from './setup-key';

const names: Record<string, string> = { 'g-all': 'All', 'g-eng': 'engineers' };
const refs = { hasGroup: (id: string) => id in names, hasPeer: () => false, groupName: (id: string) => names[id] };

const draft = (over: Partial<SetupKeyCreateDraft> = {}): SetupKeyCreateDraft => ({
  name: 'routers',
  type: 'reusable',
  expires_in: 86400,
  usage_limit: 0,
  auto_groups: ['g-eng'],
  ...over,
});

const messages = (d: SetupKeyCreateDraft) => validateSetupKeyCreate(d, refs).map((i) => i.message);

describe('validateSetupKeyCreate', () => {
  it('accepts a reusable key, a one-off key and a key that never expires', () => {
    expect(messages(draft())).toEqual([]);
    expect(messages(draft({ type: 'one-off', usage_limit: 1 }))).toEqual([]);
    expect(messages(draft({ expires_in: 0 }))).toEqual([]);
  });

  it('wants a name and a known type', () => {
    expect(messages(draft({ name: '' }))).toEqual(['setup key name must not be empty']);
    expect(messages(draft({ type: 'forever' }))).toEqual(['setup key type "forever" is not valid; use reusable or one-off']);
  });

  it('limits a one-off key to one use', () => {
    expect(messages(draft({ type: 'one-off', usage_limit: 5 }))).toEqual([
      'a one-off key can be used once: usage_limit must be 0 or 1, got 5',
    ]);
  });

  it('refuses an expiry beyond 365 days or under one day, as NetBird does', () => {
    expect(messages(draft({ expires_in: 31_536_001 }))).toEqual(['expires_in must be 0 (never expires) or between 86400 (1 day) and 31536000 (365 days) seconds, got 31536001']);
    expect(messages(draft({ expires_in: 3600 }))).toHaveLength(1);
    expect(messages(draft({ expires_in: 31_536_000 }))).toEqual([]);
  });

  it('refuses negative expires_in and usage_limit', () => {
    expect(messages(draft({ expires_in: -1 }))).toEqual(['expires_in must be 0 (never expires) or between 86400 (1 day) and 31536000 (365 days) seconds, got -1']);
    expect(messages(draft({ usage_limit: -2 }))).toEqual(['usage_limit must be 0 (unlimited) or more, got -2']);
  });

  it('wants existing auto groups other than All', () => {
    expect(messages(draft({ auto_groups: ['nope'] }))).toEqual(['auto_groups: group "nope" does not exist']);
    expect(messages(draft({ auto_groups: ['g-all'] }))).toEqual([
      'auto_groups: the "All" group cannot be an auto group (every peer joins it anyway)',
    ]);
  });
});

describe('validateSetupKeyUpdate', () => {
  it('lets a key be revoked but never un-revoked', () => {
    expect(validateSetupKeyUpdate({ revoked: true, auto_groups: [] }, { revoked: false }, refs)).toEqual([]);
    expect(validateSetupKeyUpdate({ revoked: true, auto_groups: [] }, { revoked: true }, refs)).toEqual([]);
    expect(validateSetupKeyUpdate({ revoked: false, auto_groups: [] }, { revoked: true }, refs)).toEqual([
      { field: 'revoked', message: 'a revoked setup key cannot be un-revoked; create a new key instead' },
    ]);
  });

  it('checks auto groups as on create', () => {
    expect(validateSetupKeyUpdate({ revoked: false, auto_groups: ['g-all'] }, { revoked: false }, refs)[0]?.field).toBe('auto_groups.0');
  });
});
